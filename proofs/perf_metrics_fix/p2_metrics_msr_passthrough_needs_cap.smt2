; vpmu-formal-certificate-1
; spec: perf_metrics_fix
; property: p2_metrics_msr_passthrough_needs_cap
; key: 69e1003066ffac33a0a1c69082a6c410b8fa336792f1f7ec5573ed2b1b7ce63c
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun p.cpuid_pdcm () Bool)
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.pmu_perf_metrics@host () Bool)
(declare-fun p.pending_data@host () Bool)
(declare-fun p.pending_index@host () Bool)
(declare-fun p.pending@guest () Bool)
(declare-fun p.pending@host () Bool)
(declare-fun p.pmu_global_status@host () Bool)
(declare-fun p.pmu_global_ctrl@host () Bool)
(declare-fun |p.pmu_fixed_counter[3]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[2]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[1]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[0]@host| () Bool)
(declare-fun |p.pmu_gp_counter[3]@host| () Bool)
(declare-fun |p.pmu_gp_counter[2]@host| () Bool)
(declare-fun |p.pmu_gp_counter[1]@host| () Bool)
(declare-fun |p.pmu_gp_counter[0]@host| () Bool)
(declare-fun p.fixed_counter_bitmask@host () Bool)
(declare-fun p.gp_counter_bitmask@host () Bool)
(declare-fun p.nr_gp@host () Bool)
(declare-fun p.cpuid_fixed_width@host () Bool)
(declare-fun p.cpuid_gp_width@host () Bool)
(declare-fun p.cpuid_nr_gp@host () Bool)
(declare-fun p.has_run () Bool)
(declare-fun p.hw_perf_metrics@guest () Bool)
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.hw_perf_metrics@host () Bool)
(declare-fun p.hw_global_status@host () Bool)
(declare-fun p.hw_global_ctrl@host () Bool)
(declare-fun |p.hw_fixed_ctr[3]@host| () Bool)
(declare-fun |p.hw_fixed_ctr[2]@host| () Bool)
(declare-fun |p.hw_fixed_ctr[1]@host| () Bool)
(declare-fun |p.hw_fixed_ctr[0]@host| () Bool)
(declare-fun |p.hw_gp_ctr[3]@host| () Bool)
(declare-fun |p.hw_gp_ctr[2]@host| () Bool)
(declare-fun |p.hw_gp_ctr[1]@host| () Bool)
(declare-fun |p.hw_gp_ctr[0]@host| () Bool)
(declare-fun p.pmu_perf_metrics () (_ BitVec 64))
(declare-fun p.hw_perf_metrics () (_ BitVec 64))
(declare-fun p.just_loaded () Bool)
(declare-fun p.exp_pm () (_ BitVec 64))
(declare-fun p.after_put () Bool)
(declare-fun p.pmu_perf_metrics@guest () Bool)
(declare-fun p.pending_data@guest () Bool)
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun p.global_status_rsvd () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.raw_event_mask_txcp () Bool)
(declare-fun p.reserved_bits () (_ BitVec 64))
(declare-fun p.fixed_counter_bitmask () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun cfg.host_perf_cap_legacy () (_ BitVec 64))
(declare-fun p.cpuid_tsx () Bool)
(declare-fun p.cpuid_fixed_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_fixed () (_ BitVec 8))
(declare-fun p.cpuid_gp_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_gp () (_ BitVec 8))
(declare-fun p.cpuid_version () (_ BitVec 8))
(declare-fun cfg.vm_enable_pmu () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(declare-fun inp.guest_count.delta () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.21 () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_nr_gp@host Bool) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_gp_width@host Bool) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_fixed_width@host Bool) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_gp@host Bool) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.gp_counter_bitmask@host Bool) (p.fixed_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask@host Bool) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_gp_ctr[0]@host| Bool) (|p.hw_gp_ctr[1]@host| Bool) (|p.hw_gp_ctr[2]@host| Bool) (|p.hw_gp_ctr[3]@host| Bool) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (|p.hw_fixed_ctr[0]@host| Bool) (|p.hw_fixed_ctr[1]@host| Bool) (|p.hw_fixed_ctr[2]@host| Bool) (|p.hw_fixed_ctr[3]@host| Bool) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_global_ctrl@host Bool) (p.hw_global_status@host Bool) (p.hw_perf_metrics (_ BitVec 64)) (p.hw_perf_metrics@host Bool) (p.hw_perf_metrics@guest Bool) (|p.pmu_gp_counter[0]@host| Bool) (|p.pmu_gp_counter[1]@host| Bool) (|p.pmu_gp_counter[2]@host| Bool) (|p.pmu_gp_counter[3]@host| Bool) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_fixed_counter[0]@host| Bool) (|p.pmu_fixed_counter[1]@host| Bool) (|p.pmu_fixed_counter[2]@host| Bool) (|p.pmu_fixed_counter[3]@host| Bool) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_ctrl@host Bool) (p.pmu_global_status@host Bool) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending@host Bool) (p.pending@guest Bool) (p.pending_index (_ BitVec 32)) (p.pending_index@host Bool) (p.pending_data (_ BitVec 64)) (p.pending_data@host Bool) (p.pending_data@guest Bool) (p.after_put Bool) (p.just_loaded Bool) (p.pmu_perf_metrics (_ BitVec 64)) (p.pmu_perf_metrics@host Bool) (p.pmu_perf_metrics@guest Bool) (p.exp_pm (_ BitVec 64))) Bool
  (let ((a!1 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!2 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (=> (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               (= p.hw_perf_metrics p.pmu_perf_metrics)))
      (a!4 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!8 (ite (= #b1
                   ((_ extract 15 15)
                     (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                #x0001000000000000
                #x0000000000000000))
      (a!10 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!11 (not (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!14 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!16 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!22 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!23 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!24 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!25 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!26 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!27 (= (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               cfg.host_perf_metrics))
      (a!35 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))))
(let ((a!5 (=> a!4
               (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|)))))
      (a!6 (=> a!4
               (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|)))))
      (a!9 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!7
                 a!8))
      (a!12 (=> a!4 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))))
      (a!18 (and a!14
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (and a!15
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!20 (and a!16
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!21 (and a!17
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!28 (or a!26
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not a!27)
                (not (bvugt p.pmu_version #x01)))))
(let ((a!13 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!12))
      (a!29 (ite (= #x00000329 #x0000038f)
                 a!28
                 (ite (= #x00000329 #x00000390)
                      a!28
                      (ite (= #x00000329 #x00000329) (or a!26 a!11) true)))))
(let ((a!30 (ite (= #x00000329 #x0000030b)
                 (not a!24)
                 (ite (= #x00000329 #x0000030c)
                      (not a!25)
                      (ite (= #x00000329 #x0000038e) a!28 a!29)))))
(let ((a!31 (ite (= #x00000329 #x000004c4)
                 (not a!21)
                 (ite (= #x00000329 #x00000309)
                      (not a!22)
                      (ite (= #x00000329 #x0000030a) (not a!23) a!30)))))
(let ((a!32 (ite (= #x00000329 #x000004c1)
                 (not a!18)
                 (ite (= #x00000329 #x000004c2)
                      (not a!19)
                      (ite (= #x00000329 #x000004c3) (not a!20) a!31)))))
(let ((a!33 (ite (= #x00000329 #x000000c2)
                 (not a!15)
                 (ite (= #x00000329 #x000000c3)
                      (not a!16)
                      (ite (= #x00000329 #x000000c4) (not a!17) a!32)))))
(let ((a!34 (or (not (ite (= #x00000329 #x000000c1) (not a!14) a!33))
                (not (ite (= #x00000329 #x000000c1) (not a!14) a!33)))))
  (and (=> p.after_put a!1)
       (= p.pmu_perf_metrics p.exp_pm)
       (=> p.just_loaded (and a!2 a!3))
       (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x04)
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!5
       a!6
       (=> a!4 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host)))
       (=> (and a!4 cfg.host_perf_metrics) (not p.hw_perf_metrics@host))
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!9))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (=> (= #b1 ((_ extract 15 15) p.perf_caps))
           (and cfg.enable_mediated_pmu cfg.host_perf_metrics))
       (=> (bvugt p.pmu_version #x01)
           (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd)))
       (=> a!10
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> a!11 a!13)
       (=> (and a!4 a!11) (not p.hw_perf_metrics@guest))
       (=> a!1 (not p.hw_perf_metrics@guest))
       (=> (not p.has_run) (or (not p.hw_perf_metrics@guest) a!2))
       (=> (not cfg.host_perf_metrics) (not p.hw_perf_metrics@guest))
       (=> (= #b10 p.ctx) p.has_run)
       (not p.cpuid_nr_gp@host)
       (not p.cpuid_gp_width@host)
       (not p.cpuid_fixed_width@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.pending@host)
       (not p.pending@guest)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.pmu_perf_metrics@host)
       (=> (and (= #b10 p.ctx) a!34) a!35)))))))))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (= cfg.host_gp_mask
              (bvsub (bvshl #x0000000000000001
                            ((_ zero_extend 56) cfg.host_gp_width))
                     #x0000000000000001)))
      (a!2 (= cfg.host_fixed_mask
              (bvsub (bvshl #x0000000000000001
                            ((_ zero_extend 56) cfg.host_fixed_width))
                     #x0000000000000001)))
      (a!3 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) cfg.host_nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!5 (= p.perf_caps
              (bvor #x0000000000002000
                    (ite cfg.enable_mediated_pmu
                         (ite cfg.host_perf_metrics
                              #x0000000000008000
                              #x0000000000000000)
                         cfg.host_perf_cap_legacy))))
      (a!6 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!8 (=> (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               (= p.hw_perf_metrics p.pmu_perf_metrics)))
      (a!9 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!12 (bvshl (bvsub (bvshl #x0000000000000001
                                 ((_ zero_extend 56) p.nr_fixed))
                          #x0000000000000001)
                   #x0000000000000020))
      (a!13 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 #x0001000000000000
                 #x0000000000000000))
      (a!15 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!16 (not (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!20 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!21 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!22 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!27 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!28 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!29 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!30 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!31 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!32 (= (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               cfg.host_perf_metrics))
      (a!40 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!10 (=> a!9
                (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|))
                     (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|))
                     (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|))
                     (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|)))))
      (a!11 (=> a!9
                (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|))
                     (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|))
                     (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|))
                     (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|)))))
      (a!14 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                         #x0000000000000001)
                  a!12
                  a!13))
      (a!17 (=> a!9 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))))
      (a!23 (and a!19
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!24 (and a!20
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!25 (and a!21
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!26 (and a!22
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!33 (or a!31
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not a!32)
                (not (bvugt p.pmu_version #x01)))))
(let ((a!18 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!17))
      (a!34 (ite (= #x00000329 #x0000038f)
                 a!33
                 (ite (= #x00000329 #x00000390)
                      a!33
                      (ite (= #x00000329 #x00000329) (or a!31 a!16) true)))))
(let ((a!35 (ite (= #x00000329 #x0000030b)
                 (not a!29)
                 (ite (= #x00000329 #x0000030c)
                      (not a!30)
                      (ite (= #x00000329 #x0000038e) a!33 a!34)))))
(let ((a!36 (ite (= #x00000329 #x000004c4)
                 (not a!26)
                 (ite (= #x00000329 #x00000309)
                      (not a!27)
                      (ite (= #x00000329 #x0000030a) (not a!28) a!35)))))
(let ((a!37 (ite (= #x00000329 #x000004c1)
                 (not a!23)
                 (ite (= #x00000329 #x000004c2)
                      (not a!24)
                      (ite (= #x00000329 #x000004c3) (not a!25) a!36)))))
(let ((a!38 (ite (= #x00000329 #x000000c2)
                 (not a!20)
                 (ite (= #x00000329 #x000000c3)
                      (not a!21)
                      (ite (= #x00000329 #x000000c4) (not a!22) a!37)))))
(let ((a!39 (or (not (ite (= #x00000329 #x000000c1) (not a!19) a!38))
                (not (ite (= #x00000329 #x000000c1) (not a!19) a!38)))))
(let ((a!41 (and (=> p.after_put a!6)
                 (= p.pmu_perf_metrics p.exp_pm)
                 (=> p.just_loaded (and a!7 a!8))
                 (bvule p.nr_gp cfg.host_nr_gp)
                 (bvule p.nr_fixed cfg.host_nr_fixed)
                 (bvule p.nr_fixed #x04)
                 (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
                 a!10
                 a!11
                 (=> a!9
                     (and (not p.hw_global_ctrl@host)
                          (not p.hw_global_status@host)))
                 (=> (and a!9 cfg.host_perf_metrics)
                     (not p.hw_perf_metrics@host))
                 (ite (bvugt p.pmu_version #x01)
                      (= p.global_ctrl_rsvd (bvnot a!14))
                      (= #xffffffffffffffff p.global_ctrl_rsvd))
                 (=> (= #b1 ((_ extract 15 15) p.perf_caps))
                     (and cfg.enable_mediated_pmu cfg.host_perf_metrics))
                 (=> (bvugt p.pmu_version #x01)
                     (= #x0000000000000000
                        (bvand p.pmu_global_ctrl p.global_ctrl_rsvd)))
                 (=> a!15
                     (= #x0000000000000000
                        (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
                 (=> a!16 a!18)
                 (=> (and a!9 a!16) (not p.hw_perf_metrics@guest))
                 (=> a!6 (not p.hw_perf_metrics@guest))
                 (=> (not p.has_run) (or (not p.hw_perf_metrics@guest) a!7))
                 (=> (not cfg.host_perf_metrics) (not p.hw_perf_metrics@guest))
                 (=> (= #b10 p.ctx) p.has_run)
                 (not p.cpuid_nr_gp@host)
                 (not p.cpuid_gp_width@host)
                 (not p.cpuid_fixed_width@host)
                 (not p.nr_gp@host)
                 (not p.gp_counter_bitmask@host)
                 (not p.fixed_counter_bitmask@host)
                 (not |p.pmu_gp_counter[0]@host|)
                 (not |p.pmu_gp_counter[1]@host|)
                 (not |p.pmu_gp_counter[2]@host|)
                 (not |p.pmu_gp_counter[3]@host|)
                 (not |p.pmu_fixed_counter[0]@host|)
                 (not |p.pmu_fixed_counter[1]@host|)
                 (not |p.pmu_fixed_counter[2]@host|)
                 (not |p.pmu_fixed_counter[3]@host|)
                 (not p.pmu_global_ctrl@host)
                 (not p.pmu_global_status@host)
                 (not p.pending@host)
                 (not p.pending@guest)
                 (not p.pending_index@host)
                 (not p.pending_data@host)
                 (not p.pmu_perf_metrics@host)
                 (=> (and (= #b10 p.ctx) a!39) a!40))))
  (and (bvuge cfg.host_nr_gp #x01)
       (bvule cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_fixed #x04)
       (bvuge cfg.host_gp_width #x20)
       (bvule cfg.host_gp_width #x30)
       (bvuge cfg.host_fixed_width #x20)
       (bvule cfg.host_fixed_width #x30)
       a!1
       a!2
       (= cfg.hw_global_ctrl_valid a!4)
       (=> cfg.host_perf_metrics (= #x04 cfg.host_nr_fixed))
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x04) cfg.vm_enable_pmu))
       (= #x0000000000000000
          (bvand cfg.host_perf_cap_legacy (bvnot #x0000000000034fff)))
       (= p.has_run false)
       (= #x00 p.cpuid_version)
       (= #x00 p.cpuid_nr_gp)
       (= p.cpuid_nr_gp@host false)
       (= #x00 p.cpuid_gp_width)
       (= p.cpuid_gp_width@host false)
       (= #x00 p.cpuid_nr_fixed)
       (= #x00 p.cpuid_fixed_width)
       (= p.cpuid_fixed_width@host false)
       (= p.cpuid_pdcm false)
       (= p.cpuid_tsx false)
       a!5
       (= #x00 p.pmu_version)
       (= #x00 p.nr_gp)
       (= p.nr_gp@host false)
       (= #x00 p.nr_fixed)
       (= #x0000000000000000 p.gp_counter_bitmask)
       (= p.gp_counter_bitmask@host false)
       (= #x0000000000000000 p.fixed_counter_bitmask)
       (= p.fixed_counter_bitmask@host false)
       (= #xffffffff00200000 p.reserved_bits)
       (= p.raw_event_mask_txcp false)
       (= #xffffffffffffffff p.fixed_ctr_ctrl_rsvd)
       (= #xffffffffffffffff p.global_ctrl_rsvd)
       (= #xffffffffffffffff p.global_status_rsvd)
       (= |p.hw_gp_ctr[0]@host| true)
       (= |p.hw_gp_ctr[1]@host| true)
       (= |p.hw_gp_ctr[2]@host| true)
       (= |p.hw_gp_ctr[3]@host| true)
       (= |p.hw_fixed_ctr[0]@host| true)
       (= |p.hw_fixed_ctr[1]@host| true)
       (= |p.hw_fixed_ctr[2]@host| true)
       (= |p.hw_fixed_ctr[3]@host| true)
       (= p.hw_global_ctrl@host true)
       (= p.hw_global_status@host true)
       (= p.hw_perf_metrics@host true)
       (= p.hw_perf_metrics@guest false)
       (= |p.pmu_gp_counter[0]@host| false)
       (= |p.pmu_gp_counter[1]@host| false)
       (= |p.pmu_gp_counter[2]@host| false)
       (= |p.pmu_gp_counter[3]@host| false)
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 |p.eventsel_hw[2]|)
       (= #x0000000000000000 |p.eventsel_hw[3]|)
       (= |p.pmu_fixed_counter[0]@host| false)
       (= |p.pmu_fixed_counter[1]@host| false)
       (= |p.pmu_fixed_counter[2]@host| false)
       (= |p.pmu_fixed_counter[3]@host| false)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= p.pmu_global_ctrl@host false)
       (= p.pmu_global_status@host false)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= p.pending@host false)
       (= p.pending@guest false)
       (= #x00000000 p.pending_index)
       (= p.pending_index@host false)
       (= #x0000000000000000 p.pending_data)
       (= p.pending_data@host false)
       (= p.pending_data@guest false)
       (= p.after_put false)
       (= p.just_loaded false)
       (= #x0000000000000000 p.pmu_perf_metrics)
       (= p.pmu_perf_metrics@host false)
       (= p.pmu_perf_metrics@guest false)
       (= #x0000000000000000 p.exp_pm)
       (not a!41))))))))))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (= cfg.host_gp_mask
              (bvsub (bvshl #x0000000000000001
                            ((_ zero_extend 56) cfg.host_gp_width))
                     #x0000000000000001)))
      (a!2 (= cfg.host_fixed_mask
              (bvsub (bvshl #x0000000000000001
                            ((_ zero_extend 56) cfg.host_fixed_width))
                     #x0000000000000001)))
      (a!3 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) cfg.host_nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!5 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!6 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (=> (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               (= p.hw_perf_metrics p.pmu_perf_metrics)))
      (a!8 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!11 (bvshl (bvsub (bvshl #x0000000000000001
                                 ((_ zero_extend 56) p.nr_fixed))
                          #x0000000000000001)
                   #x0000000000000020))
      (a!12 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 #x0001000000000000
                 #x0000000000000000))
      (a!14 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!15 (not (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!18 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!19 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!20 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!21 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!26 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!27 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!28 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!29 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!30 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!31 (= (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               cfg.host_perf_metrics))
      (a!40 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!42 (and (= #x8 actp)
                 (= #b10 p.ctx)
                 (or (and (bvuge inp.guest_rdmsr.msr #x000000c1)
                          (bvult inp.guest_rdmsr.msr #x000000c5))
                     (and (bvuge inp.guest_rdmsr.msr #x000004c1)
                          (bvult inp.guest_rdmsr.msr #x000004c5))
                     (and (bvuge inp.guest_rdmsr.msr #x00000186)
                          (bvult inp.guest_rdmsr.msr #x0000018a))
                     (and (bvuge inp.guest_rdmsr.msr #x00000309)
                          (bvult inp.guest_rdmsr.msr #x0000030d))
                     (= #x0000038d inp.guest_rdmsr.msr)
                     (= #x0000038e inp.guest_rdmsr.msr)
                     (= #x0000038f inp.guest_rdmsr.msr)
                     (= #x00000390 inp.guest_rdmsr.msr)
                     (= #x00000391 inp.guest_rdmsr.msr)
                     (= #x00000345 inp.guest_rdmsr.msr)
                     (= #x00000329 inp.guest_rdmsr.msr))))
      (a!43 (and (= #x9 actp)
                 (= #b10 p.ctx)
                 (or (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                          (bvult inp.guest_wrmsr.msr #x000000c5))
                     (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                          (bvult inp.guest_wrmsr.msr #x000004c5))
                     (and (bvuge inp.guest_wrmsr.msr #x00000186)
                          (bvult inp.guest_wrmsr.msr #x0000018a))
                     (and (bvuge inp.guest_wrmsr.msr #x00000309)
                          (bvult inp.guest_wrmsr.msr #x0000030d))
                     (= #x0000038d inp.guest_wrmsr.msr)
                     (= #x0000038e inp.guest_wrmsr.msr)
                     (= #x0000038f inp.guest_wrmsr.msr)
                     (= #x00000390 inp.guest_wrmsr.msr)
                     (= #x00000391 inp.guest_wrmsr.msr)
                     (= #x00000345 inp.guest_wrmsr.msr)
                     (= #x00000329 inp.guest_wrmsr.msr))))
      (a!44 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
                          (bvult inp.kvm_emulate_pmu_access.msr #x000000c5))
                     (and (bvuge inp.kvm_emulate_pmu_access.msr #x000004c1)
                          (bvult inp.kvm_emulate_pmu_access.msr #x000004c5))
                     (and (bvuge inp.kvm_emulate_pmu_access.msr #x00000186)
                          (bvult inp.kvm_emulate_pmu_access.msr #x0000018a))
                     (and (bvuge inp.kvm_emulate_pmu_access.msr #x00000309)
                          (bvult inp.kvm_emulate_pmu_access.msr #x0000030d))
                     (= #x0000038d inp.kvm_emulate_pmu_access.msr)
                     (= #x0000038e inp.kvm_emulate_pmu_access.msr)
                     (= #x0000038f inp.kvm_emulate_pmu_access.msr)
                     (= #x00000390 inp.kvm_emulate_pmu_access.msr)
                     (= #x00000391 inp.kvm_emulate_pmu_access.msr)
                     (= #x00000345 inp.kvm_emulate_pmu_access.msr)
                     (= #x00000329 inp.kvm_emulate_pmu_access.msr))
                 (not (and inp.kvm_emulate_pmu_access.host_write
                           (= #x00000345 inp.kvm_emulate_pmu_access.msr)))))
      (a!47 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!48 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       (ite cfg.host_perf_metrics
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!49 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!50 (not (or (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width)))))
      (a!53 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 true
                 p.after_put))
      (a!77 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.hw_perf_metrics
                 p.pmu_perf_metrics))
      (a!79 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!80 (and (= #x00000329
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!85 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.hw_perf_metrics
                 p.exp_pm))
      (a!90 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 true
                 p.just_loaded))
      (a!97 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 #x0000000000000000
                 p.hw_perf_metrics))
      (a!99 (ite (and cfg.host_perf_metrics
                      (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))
                 (bvadd p.hw_perf_metrics inp.guest_count.delta)
                 p.hw_perf_metrics))
      (a!100 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvsub inp.guest_wrmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                            (bvult inp.guest_wrmsr.msr #x0000018a))
                       (bvsub inp.guest_wrmsr.msr #x00000186)
                       (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!103 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!104 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  p.hw_perf_metrics
                  (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                            cfg.host_perf_metrics)
                       inp.guest_wrmsr.data
                       p.hw_perf_metrics)))
      (a!109 (not (= #x00
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!110 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                              p.cpuid_nr_gp
                              (ite p.has_run
                                   p.cpuid_nr_gp
                                   inp.kvm_set_config.gp))
                         (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_nr_gp
                       (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                  (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!114 (not (= #x01
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!115 (ite cfg.enable_mediated_pmu
                  (ite (bvult cfg.host_nr_fixed #x04) cfg.host_nr_fixed #x04)
                  (ite (bvult cfg.host_nr_fixed #x03) cfg.host_nr_fixed #x03)))
      (a!124 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_gp_counter[0]@host|
                       |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!125 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) false |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!126 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000001 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!127 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000101 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!128 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110000110 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!129 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110001010 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!131 (= (bvnot (bvor cfg.host_gp_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!137 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_gp_counter[1]@host|
                       |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!138 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) false |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!144 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_gp_counter[2]@host|
                       |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!145 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) false |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!151 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_gp_counter[3]@host|
                       |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!152 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) false |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!158 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.pmu_fixed_counter[0]@host|
                       |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!159 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed) false |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!160 (= (bvnot (bvor cfg.host_fixed_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!166 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.pmu_fixed_counter[1]@host|
                       |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!167 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed) false |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!173 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.pmu_fixed_counter[2]@host|
                       |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!174 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed) false |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!180 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.pmu_fixed_counter[3]@host|
                       |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!181 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed) false |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!186 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_ctrl@host))
      (a!187 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl@host
                  p.hw_global_ctrl@host))
      (a!188 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!193 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_status@host))
      (a!194 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (or p.hw_global_status@host p.hw_global_status@host)
                  p.hw_global_status@host))
      (a!198 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  false
                  p.hw_perf_metrics@host))
      (a!200 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  p.hw_perf_metrics@host
                  (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                            cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@host)))
      (a!231 (bvor (bvnot p.global_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!232 (or (= (ite (= p.pending #b00)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index)
                    #x0000038e)
                 (= (ite (= p.pending #b00)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index)
                    #x0000038f)
                 (= (ite (= p.pending #b00)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index)
                    #x00000390)))
      (a!242 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!243 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!255 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  false
                  p.hw_perf_metrics@guest))
      (a!257 (ite (and cfg.host_perf_metrics
                       (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))
                  true
                  p.hw_perf_metrics@guest))
      (a!258 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  p.hw_perf_metrics@guest
                  (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                            cfg.host_perf_metrics)
                       true
                       p.hw_perf_metrics@guest)))
      (a!264 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_nr_gp@host
                            (ite p.has_run p.cpuid_nr_gp@host false))
                       p.cpuid_nr_gp@host)))
      (a!265 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_gp_width@host
                            (ite p.has_run p.cpuid_gp_width@host false))
                       p.cpuid_gp_width@host)))
      (a!266 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_fixed_width@host
                            (ite p.has_run p.cpuid_fixed_width@host false))
                       p.cpuid_fixed_width@host)))
      (a!278 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.hw_gp_ctr[0]@host|
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!279 (and (= #x0000038d
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (bvugt p.pmu_version #x01)))
      (a!280 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c5)))
      (a!281 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c5)))
      (a!283 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000018a)))
      (a!286 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 11) p.pending_index))
                     #b000000000000000000000)))
      (a!289 (bvor p.gp_counter_bitmask
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!291 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 9) p.pending_index))
                     #b00000000000000000000000)))
      (a!296 (or p.pending@host
                 (or p.pending@host p.pending_index@host)
                 (or p.pending@host p.pending_index@host)
                 (or p.pending@host p.pending_data@host)
                 (or p.pending@host p.pending_data@host)
                 p.gp_counter_bitmask@host))
      (a!304 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.hw_gp_ctr[1]@host|
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!312 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.hw_gp_ctr[2]@host|
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!320 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.hw_gp_ctr[3]@host|
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!328 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.hw_fixed_ctr[0]@host|
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!329 (bvult (bvsub (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x00000309)
                    ((_ zero_extend 24) p.nr_fixed)))
      (a!340 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.hw_fixed_ctr[1]@host|
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!350 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.hw_fixed_ctr[2]@host|
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!360 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.hw_fixed_ctr[3]@host|
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!380 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_status@host
                  p.pmu_global_status@host))
      (a!381 (bvor (bvnot p.global_status_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!393 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  p.hw_perf_metrics@host
                  p.pmu_perf_metrics@host)))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!9 (=> a!8
               (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|)))))
      (a!10 (=> a!8
                (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|))
                     (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|))
                     (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|))
                     (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|)))))
      (a!13 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                         #x0000000000000001)
                  a!11
                  a!12))
      (a!16 (=> a!8 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))))
      (a!22 (and a!18
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!23 (and a!19
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!24 (and a!20
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!25 (and a!21
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!32 (or a!30
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not a!31)))
      (a!45 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!44)))
      (a!51 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!48) #x0000000000000000) p.cpuid_pdcm a!49)
                 (or (not p.has_run) a!50)))
      (a!54 (ite (= #x1 actp)
                 false
                 (ite (= #x4 actp) a!53 (ite (= #x5 actp) false p.after_put))))
      (a!78 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!77
                 p.pmu_perf_metrics))
      (a!81 (ite a!80
                 (ite (= p.pending #b00)
                      (ite (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.data
                           p.pending_data)
                      p.pmu_perf_metrics)
                 p.pmu_perf_metrics))
      (a!86 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!85
                 p.exp_pm))
      (a!87 (ite a!80
                 (ite (= p.pending #b00)
                      (ite (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.data
                           p.pending_data)
                      p.exp_pm)
                 p.exp_pm))
      (a!91 (ite (= #x1 actp)
                 a!90
                 (ite (= #x2 actp) false (ite (= #x4 actp) false p.just_loaded))))
      (a!93 (ite (and (= (bvnot a!48) #x0000000000000000) p.cpuid_pdcm a!49)
                 inp.kvm_set_config.data
                 p.perf_caps))
      (a!95 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.pmu_perf_metrics
                 (ite (and a!15 cfg.host_perf_metrics)
                      #x0000000000000000
                      p.hw_perf_metrics)))
      (a!98 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!97
                 p.hw_perf_metrics))
      (a!101 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                       (bvult inp.guest_wrmsr.msr #x000000c5))
                  (bvult a!100 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!102 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvult a!100 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!116 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                              p.cpuid_nr_fixed
                              (ite p.has_run
                                   p.cpuid_nr_fixed
                                   inp.kvm_set_config.fixed))
                         a!115)
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_nr_fixed
                       (ite p.has_run p.cpuid_nr_fixed inp.kvm_set_config.fixed))
                  a!115))
      (a!130 (ite (and a!126 (not a!127))
                  (bvadd #xfffffb3f inp.guest_wrmsr.msr)
                  (ite (and a!128 (not a!129))
                       (bvadd #xfffffe7a inp.guest_wrmsr.msr)
                       (bvadd #xffffff3f inp.guest_wrmsr.msr))))
      (a!161 (ite a!103
                  (ite (and a!160 (= inp.guest_wrmsr.msr #x00000309))
                       false
                       |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!168 (ite a!103
                  (ite (and a!160 (= inp.guest_wrmsr.msr #x0000030a))
                       false
                       |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!175 (ite a!103
                  (ite (and a!160 (= inp.guest_wrmsr.msr #x0000030b))
                       false
                       |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!182 (ite a!103
                  (ite (and a!160 (= inp.guest_wrmsr.msr #x0000030c))
                       false
                       |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!195 (ite (= #x1 actp)
                  a!193
                  (ite (= #x4 actp)
                       a!194
                       (ite (= #x5 actp) true p.hw_global_status@host))))
      (a!196 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  p.pmu_perf_metrics@host
                  (ite (and a!15 cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@host)))
      (a!199 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!198
                  p.hw_perf_metrics@host))
      (a!233 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                 (not a!232)))
      (a!253 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  p.pmu_perf_metrics@guest
                  (ite (and a!15 cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@guest)))
      (a!256 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!255
                  p.hw_perf_metrics@guest))
      (a!282 (and a!281
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!284 (ite a!283
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)))
      (a!287 (or a!286
                 (bvule #b10011000001
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!288 (or a!286
                 (bvule #b10011000101
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!292 (or a!291
                 (bvule #b110000110
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!293 (or a!291
                 (bvule #b110001010
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!330 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000309)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000030d)
                  a!329))
      (a!394 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!393
                  p.pmu_perf_metrics@host))
      (a!395 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80
                       (ite (= p.pending #b00)
                            (or p.pending@host p.pending_data@host)
                            p.pmu_perf_metrics@host)
                       p.pmu_perf_metrics@host)
                  p.pmu_perf_metrics@host)))
(let ((a!17 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!16))
      (a!33 (ite (= #x00000329 #x00000390)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 #x00000329) (or a!30 a!15) true)))
      (a!46 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!42
                a!43
                a!45))
      (a!52 (ite a!47
                 (ite (and (not p.has_run) a!51) false p.after_put)
                 p.after_put))
      (a!55 (or cfg.enable_vmware_backdoor
                a!32
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!56 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inp.guest_rdmsr.msr) (or a!30 a!15) true)))
      (a!63 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inp.guest_wrmsr.msr) (or a!30 a!15) true)))
      (a!72 (ite (and (not p.has_run) a!51)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!51) #x00 p.pmu_version)))
      (a!76 (ite a!47
                 (ite (and (not p.has_run) a!51)
                      #x0000000000000000
                      p.pmu_perf_metrics)
                 p.pmu_perf_metrics))
      (a!82 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!81
                 p.pmu_perf_metrics))
      (a!84 (ite a!47
                 (ite (and (not p.has_run) a!51) #x0000000000000000 p.exp_pm)
                 p.exp_pm))
      (a!88 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!87
                 p.exp_pm))
      (a!94 (ite (ite (= #x0 actp)
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_pdcm
                           (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                      p.cpuid_pdcm)
                 (ite (= #x0 actp)
                      (ite inp.kvm_set_config.set_perf_caps a!93 p.perf_caps)
                      p.perf_caps)
                 #x0000000000000000))
      (a!96 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!95
                 p.hw_perf_metrics))
      (a!105 (ite a!102
                  p.hw_perf_metrics
                  (ite a!103
                       p.hw_perf_metrics
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_perf_metrics
                            a!104))))
      (a!111 (ite (and (not p.has_run) a!51)
                  a!110
                  (ite (and (not p.has_run) a!51) #x00 p.nr_gp)))
      (a!117 (ite (and (not p.has_run) a!51)
                  a!116
                  (ite (and (not p.has_run) a!51) #x00 p.nr_fixed)))
      (a!132 (ite a!102
                  (ite (and a!131 (= a!130 #x00000000))
                       false
                       |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!139 (ite a!102
                  (ite (and a!131 (= a!130 #x00000001))
                       false
                       |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!146 (ite a!102
                  (ite (and a!131 (= a!130 #x00000002))
                       false
                       |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!153 (ite a!102
                  (ite (and a!131 (= a!130 #x00000003))
                       false
                       |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!189 (ite a!102
                  p.hw_global_ctrl@host
                  (ite a!103
                       p.hw_global_ctrl@host
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!188 false p.hw_global_ctrl@host)
                            p.hw_global_ctrl@host))))
      (a!197 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!196
                  p.hw_perf_metrics@host))
      (a!201 (ite a!102
                  p.hw_perf_metrics@host
                  (ite a!103
                       p.hw_perf_metrics@host
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_perf_metrics@host
                            a!200))))
      (a!206 ((_ extract 15 15)
               (ite (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_pdcm
                         (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                    (ite inp.kvm_set_config.set_perf_caps a!93 p.perf_caps)
                    #x0000000000000000)))
      (a!218 (= #b1
                ((_ extract 15 15)
                  (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps a!93 p.perf_caps)
                       p.perf_caps))))
      (a!223 (ite (= #x0000038f #x00000390)
                  (or a!32 (not (bvugt p.pmu_version #x01)))
                  (ite (= #x0000038f #x00000329) (or a!30 a!15) true)))
      (a!234 (ite (and (= (bvnot a!231) #x0000000000000000) a!233)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.pmu_global_ctrl))
      (a!244 (ite a!102
                  p.hw_global_ctrl
                  (ite a!103
                       p.hw_global_ctrl
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!188 inp.guest_wrmsr.data p.hw_global_ctrl)
                            p.hw_global_ctrl))))
      (a!254 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!253
                  p.hw_perf_metrics@guest))
      (a!259 (ite a!102
                  p.hw_perf_metrics@guest
                  (ite a!103
                       p.hw_perf_metrics@guest
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_perf_metrics@guest
                            a!258))))
      (a!267 (ite (and (not p.has_run) a!51)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false)))
                  (ite (and (not p.has_run) a!51) false p.nr_gp@host)))
      (a!270 (ite (and (not p.has_run) a!51)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false)))
                  (ite (and (not p.has_run) a!51)
                       false
                       p.gp_counter_bitmask@host)))
      (a!273 (ite (and (not p.has_run) a!51)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false)))
                  (ite (and (not p.has_run) a!51)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!277 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!285 (ite a!281
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  a!284))
      (a!290 (and a!287 (not a!288) (not (= (bvnot a!289) #x0000000000000000))))
      (a!294 (ite (and a!292 (not a!293))
                  (bvadd #xfffffe7a
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  (bvadd #xffffff3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))))
      (a!303 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!311 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!319 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!327 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!331 (and a!233
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x00000309)))
      (a!339 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!341 (and a!233
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030a)))
      (a!349 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!351 (and a!233
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030b)))
      (a!359 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!361 (and a!233
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030c)))
      (a!373 (ite (and (= (bvnot a!231) #x0000000000000000) a!233)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_ctrl@host))
      (a!379 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       false
                       p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!382 (ite (and (= (bvnot a!381) #x0000000000000000)
                       (= p.pending #b00)
                       a!233)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_status@host))
      (a!383 (ite (and (= (bvnot a!381) #x0000000000000000) a!233)
                  (or p.pmu_global_status@host
                      (or p.pending@host p.pending_data@host))
                  p.pmu_global_status@host))
      (a!392 (ite a!47
                  (ite (and (not p.has_run) a!51) false p.pmu_perf_metrics@host)
                  p.pmu_perf_metrics@host))
      (a!396 (ite (= #x4 actp)
                  a!394
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_perf_metrics@host
                            (ite a!79 p.pmu_perf_metrics@host a!395))
                       p.pmu_perf_metrics@host))))
(let ((a!34 (ite (= #x00000329 #x0000038f)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!33))
      (a!57 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!56))
      (a!64 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!63))
      (a!73 (ite cfg.vm_enable_pmu
                 a!72
                 (ite (and (not p.has_run) a!51) #x00 p.pmu_version)))
      (a!83 (ite (= #x4 actp)
                 a!78
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           p.pmu_perf_metrics
                           (ite a!79 p.pmu_perf_metrics a!82))
                      p.pmu_perf_metrics)))
      (a!89 (ite (= #x4 actp)
                 a!86
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending) p.exp_pm (ite a!79 p.exp_pm a!88))
                      p.exp_pm)))
      (a!112 (ite a!109 a!111 (ite (and (not p.has_run) a!51) #x00 p.nr_gp)))
      (a!118 (ite a!114 a!117 (ite (and (not p.has_run) a!51) #x00 p.nr_fixed)))
      (a!207 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!117))
                           #x0000000000000001)
                    #x0000000000000020))
      (a!219 (or (bvugt a!72 #x01)
                 (and cfg.enable_mediated_pmu (not (= #x00 a!72)))))
      (a!224 (ite (= #x0000038f #x0000038f)
                  (or a!32 (not (bvugt p.pmu_version #x01)))
                  a!223))
      (a!235 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!234
                  p.pmu_global_ctrl))
      (a!268 (ite a!109
                  a!267
                  (ite (and (not p.has_run) a!51) false p.nr_gp@host)))
      (a!271 (ite a!109
                  a!270
                  (ite (and (not p.has_run) a!51)
                       false
                       p.gp_counter_bitmask@host)))
      (a!274 (ite a!114
                  a!273
                  (ite (and (not p.has_run) a!51)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!295 (ite (and a!287 (not a!288))
                  (bvadd #xfffffb3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  a!294))
      (a!332 (ite a!330
                  (ite a!331
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!342 (ite a!330
                  (ite a!341
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!352 (ite a!330
                  (ite a!351
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!362 (ite a!330
                  (ite a!361
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!374 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!373
                  p.pmu_global_ctrl@host))
      (a!384 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not (= #b00 p.pending)) a!383 p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!403 (not (= (= #b1 ((_ extract 15 15) a!94)) cfg.host_perf_metrics))))
(let ((a!35 (ite (= #x00000329 #x0000038e)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!34))
      (a!58 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!57))
      (a!65 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!64))
      (a!74 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!47 a!73 p.pmu_version)
                         p.pmu_version))))
      (a!113 (ite cfg.vm_enable_pmu
                  a!112
                  (ite (and (not p.has_run) a!51) #x00 p.nr_gp)))
      (a!119 (ite a!109 a!118 (ite (and (not p.has_run) a!51) #x00 p.nr_fixed)))
      (a!205 (bvugt (ite (= #x0 actp)
                         (ite a!47 a!73 p.pmu_version)
                         p.pmu_version)
                    #x01))
      (a!208 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!111))
                          #x0000000000000001)
                   a!207))
      (a!220 (ite (and (not p.has_run) a!51)
                  (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!112))
                         #x0000000000000001)
                  (ite (and (not p.has_run) a!51)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!225 (ite (= #x0000038f #x0000038e)
                  (or a!32 (not (bvugt p.pmu_version #x01)))
                  a!224))
      (a!236 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl
                  a!235))
      (a!269 (ite cfg.vm_enable_pmu
                  a!268
                  (ite (and (not p.has_run) a!51) false p.nr_gp@host)))
      (a!272 (ite cfg.vm_enable_pmu
                  a!271
                  (ite (and (not p.has_run) a!51)
                       false
                       p.gp_counter_bitmask@host)))
      (a!275 (ite a!109
                  a!274
                  (ite (and (not p.has_run) a!51)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!297 (ite (and (or a!280 a!282)
                       (bvult a!285 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!290) a!233 (= a!295 #x00000000))
                       a!296
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!305 (ite (and (or a!280 a!282)
                       (bvult a!285 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!290) a!233 (= a!295 #x00000001))
                       a!296
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!313 (ite (and (or a!280 a!282)
                       (bvult a!285 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!290) a!233 (= a!295 #x00000002))
                       a!296
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!321 (ite (and (or a!280 a!282)
                       (bvult a!285 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!290) a!233 (= a!295 #x00000003))
                       a!296
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!333 (ite (and (or a!280 a!282)
                       (bvult a!285 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[0]@host|
                  a!332))
      (a!343 (ite (and (or a!280 a!282)
                       (bvult a!285 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[1]@host|
                  a!342))
      (a!353 (ite (and (or a!280 a!282)
                       (bvult a!285 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[2]@host|
                  a!352))
      (a!363 (ite (and (or a!280 a!282)
                       (bvult a!285 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[3]@host|
                  a!362))
      (a!369 (ite (and (not p.has_run) a!51)
                  a!268
                  (ite (and (not p.has_run) a!51) false p.pmu_global_ctrl@host)))
      (a!375 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl@host
                  a!374))
      (a!385 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_status@host
                  a!384)))
(let ((a!36 (ite (= #x00000329 #x0000030a)
                 (not a!27)
                 (ite (= #x00000329 #x0000030b)
                      (not a!28)
                      (ite (= #x00000329 #x0000030c) (not a!29) a!35))))
      (a!59 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!27)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!28)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!29) a!58))))
      (a!66 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!27)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!28)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!29) a!65))))
      (a!120 (ite cfg.vm_enable_pmu
                  a!119
                  (ite (and (not p.has_run) a!51) #x00 p.nr_fixed)))
      (a!123 (bvult #x00 (ite (= #x0 actp) (ite a!47 a!113 p.nr_gp) p.nr_gp)))
      (a!136 (bvult #x01 (ite (= #x0 actp) (ite a!47 a!113 p.nr_gp) p.nr_gp)))
      (a!143 (bvult #x02 (ite (= #x0 actp) (ite a!47 a!113 p.nr_gp) p.nr_gp)))
      (a!150 (bvult #x03 (ite (= #x0 actp) (ite a!47 a!113 p.nr_gp) p.nr_gp)))
      (a!209 (ite (and (not p.has_run) a!51)
                  (bvnot a!208)
                  (ite (and (not p.has_run) a!51)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!214 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!47 a!113 p.nr_gp) p.nr_gp))))
      (a!221 (ite (and (not (= #x00 a!112)) a!219)
                  a!220
                  (ite (and (not p.has_run) a!51)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!226 (ite (= #x0000038f #x0000030a)
                  (not a!27)
                  (ite (= #x0000038f #x0000030b)
                       (not a!28)
                       (ite (= #x0000038f #x0000030c) (not a!29) a!225))))
      (a!237 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 p.pmu_global_ctrl a!236)
                  p.pmu_global_ctrl))
      (a!276 (ite cfg.vm_enable_pmu
                  a!275
                  (ite (and (not p.has_run) a!51)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!298 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  (ite a!279 |p.pmu_gp_counter[0]@host| a!297)))
      (a!306 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  (ite a!279 |p.pmu_gp_counter[1]@host| a!305)))
      (a!314 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  (ite a!279 |p.pmu_gp_counter[2]@host| a!313)))
      (a!322 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  (ite a!279 |p.pmu_gp_counter[3]@host| a!321)))
      (a!334 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  (ite a!279 |p.pmu_fixed_counter[0]@host| a!333)))
      (a!344 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  (ite a!279 |p.pmu_fixed_counter[1]@host| a!343)))
      (a!354 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  (ite a!279 |p.pmu_fixed_counter[2]@host| a!353)))
      (a!364 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  (ite a!279 |p.pmu_fixed_counter[3]@host| a!363)))
      (a!370 (ite (and (not (= #x00 a!112)) a!219)
                  a!369
                  (ite (and (not p.has_run) a!51) false p.pmu_global_ctrl@host)))
      (a!376 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 p.pmu_global_ctrl@host a!375)
                  p.pmu_global_ctrl@host))
      (a!386 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!382
                  a!385))
      (a!401 (not (= (ite (= #x0 actp) (ite a!47 a!113 p.nr_gp) p.nr_gp)
                     cfg.host_nr_gp)))
      (a!405 (or (not (and cfg.enable_mediated_pmu a!74))
                 (not (= #b1 ((_ extract 15 15) a!94))))))
(let ((a!37 (ite (= #x00000329 #x000004c3)
                 (not a!24)
                 (ite (= #x00000329 #x000004c4)
                      (not a!25)
                      (ite (= #x00000329 #x00000309) (not a!26) a!36))))
      (a!60 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!24)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!25)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!26) a!59))))
      (a!67 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!24)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!25)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!26) a!66))))
      (a!121 (=> (bvule (ite (= #x0 actp)
                             (ite a!47 a!73 p.pmu_version)
                             p.pmu_version)
                        #x01)
                 (= #x00
                    (ite (= #x0 actp) (ite a!47 a!120 p.nr_fixed) p.nr_fixed))))
      (a!157 (bvult #x00
                    (ite (= #x0 actp) (ite a!47 a!120 p.nr_fixed) p.nr_fixed)))
      (a!165 (bvult #x01
                    (ite (= #x0 actp) (ite a!47 a!120 p.nr_fixed) p.nr_fixed)))
      (a!172 (bvult #x02
                    (ite (= #x0 actp) (ite a!47 a!120 p.nr_fixed) p.nr_fixed)))
      (a!179 (bvult #x03
                    (ite (= #x0 actp) (ite a!47 a!120 p.nr_fixed) p.nr_fixed)))
      (a!210 (ite a!114
                  a!209
                  (ite (and (not p.has_run) a!51)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!215 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!47 a!120 p.nr_fixed) p.nr_fixed))))
      (a!222 (ite cfg.vm_enable_pmu
                  a!221
                  (ite (and (not p.has_run) a!51)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!227 (ite (= #x0000038f #x000004c3)
                  (not a!24)
                  (ite (= #x0000038f #x000004c4)
                       (not a!25)
                       (ite (= #x0000038f #x00000309) (not a!26) a!226))))
      (a!299 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!298))
      (a!307 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!306))
      (a!315 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!314))
      (a!323 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!322))
      (a!335 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!334))
      (a!345 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!344))
      (a!355 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!354))
      (a!365 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!364))
      (a!371 (ite cfg.vm_enable_pmu
                  a!370
                  (ite (and (not p.has_run) a!51) false p.pmu_global_ctrl@host)))
      (a!387 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 p.pmu_global_status@host a!386)
                  p.pmu_global_status@host))
      (a!397 (not (and (and (and cfg.enable_mediated_pmu a!74) a!123)
                       (= #b1 ((_ extract 13 13) a!94)))))
      (a!398 (not (and (and (and cfg.enable_mediated_pmu a!74) a!136)
                       (= #b1 ((_ extract 13 13) a!94)))))
      (a!399 (not (and (and (and cfg.enable_mediated_pmu a!74) a!143)
                       (= #b1 ((_ extract 13 13) a!94)))))
      (a!400 (not (and (and (and cfg.enable_mediated_pmu a!74) a!150)
                       (= #b1 ((_ extract 13 13) a!94)))))
      (a!402 (not (= (ite (= #x0 actp) (ite a!47 a!120 p.nr_fixed) p.nr_fixed)
                     cfg.host_nr_fixed))))
(let ((a!38 (ite (= #x00000329 #x000000c4)
                 (not a!21)
                 (ite (= #x00000329 #x000004c1)
                      (not a!22)
                      (ite (= #x00000329 #x000004c2) (not a!23) a!37))))
      (a!61 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!21)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!22)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!23) a!60))))
      (a!68 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!21)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!22)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!23) a!67))))
      (a!211 (ite a!109
                  a!210
                  (ite (and (not p.has_run) a!51)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!216 (bvor (bvsub a!214 #x0000000000000001)
                   (bvshl (bvsub a!215 #x0000000000000001) #x0000000000000020)
                   (ite (= #b1 ((_ extract 15 15) a!94))
                        #x0001000000000000
                        #x0000000000000000)))
      (a!228 (ite (= #x0000038f #x000000c4)
                  (not a!21)
                  (ite (= #x0000038f #x000004c1)
                       (not a!22)
                       (ite (= #x0000038f #x000004c2) (not a!23) a!227))))
      (a!300 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!299))
      (a!308 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!307))
      (a!316 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!315))
      (a!324 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!323))
      (a!336 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!335))
      (a!346 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!345))
      (a!356 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!355))
      (a!366 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!365))
      (a!388 (ite (= #x4 actp)
                  a!380
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_status@host
                            (ite a!79 p.pmu_global_status@host a!387))
                       p.pmu_global_status@host)))
      (a!404 (or (not (and cfg.enable_mediated_pmu a!74))
                 a!401
                 a!402
                 a!403
                 (not a!205))))
(let ((a!39 (ite (= #x00000329 #x000000c1)
                 (not a!18)
                 (ite (= #x00000329 #x000000c2)
                      (not a!19)
                      (ite (= #x00000329 #x000000c3) (not a!20) a!38))))
      (a!62 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!18)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!19)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!20) a!61))))
      (a!69 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!18)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!19)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!20) a!68))))
      (a!212 (ite (and a!109 a!114 (= #b1 a!206))
                  (ite (and (not p.has_run) a!51)
                       (bvand a!211 (bvnot #x0001000000000000))
                       a!211)
                  a!211))
      (a!229 (ite (= #x0000038f #x000000c1)
                  (not a!18)
                  (ite (= #x0000038f #x000000c2)
                       (not a!19)
                       (ite (= #x0000038f #x000000c3) (not a!20) a!228))))
      (a!301 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 |p.pmu_gp_counter[0]@host| a!300)
                  |p.pmu_gp_counter[0]@host|))
      (a!309 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 |p.pmu_gp_counter[1]@host| a!308)
                  |p.pmu_gp_counter[1]@host|))
      (a!317 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 |p.pmu_gp_counter[2]@host| a!316)
                  |p.pmu_gp_counter[2]@host|))
      (a!325 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 |p.pmu_gp_counter[3]@host| a!324)
                  |p.pmu_gp_counter[3]@host|))
      (a!337 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 |p.pmu_fixed_counter[0]@host| a!336)
                  |p.pmu_fixed_counter[0]@host|))
      (a!347 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 |p.pmu_fixed_counter[1]@host| a!346)
                  |p.pmu_fixed_counter[1]@host|))
      (a!357 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 |p.pmu_fixed_counter[2]@host| a!356)
                  |p.pmu_fixed_counter[2]@host|))
      (a!367 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!80 |p.pmu_fixed_counter[3]@host| a!366)
                  |p.pmu_fixed_counter[3]@host|))
      (a!406 (ite (= #x00000329 #x0000038f)
                  a!404
                  (ite (= #x00000329 #x00000390)
                       a!404
                       (ite (= #x00000329 #x00000329) a!405 true)))))
(let ((a!41 (=> (and (= #b10 p.ctx) (or (not a!39) (not a!39))) a!40))
      (a!70 (ite (= #x7 actp)
                 (ite a!55 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!62 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!69 #b01 p.ctx) p.ctx))))
      (a!106 (ite (= #x6 actp)
                  a!99
                  (ite (= #x9 actp)
                       (ite a!69
                            p.hw_perf_metrics
                            (ite a!101 p.hw_perf_metrics a!105))
                       p.hw_perf_metrics)))
      (a!133 (ite a!69
                  |p.hw_gp_ctr[0]@host|
                  (ite a!101
                       (ite (= a!130 #x00000000) false |p.hw_gp_ctr[0]@host|)
                       a!132)))
      (a!140 (ite a!69
                  |p.hw_gp_ctr[1]@host|
                  (ite a!101
                       (ite (= a!130 #x00000001) false |p.hw_gp_ctr[1]@host|)
                       a!139)))
      (a!147 (ite a!69
                  |p.hw_gp_ctr[2]@host|
                  (ite a!101
                       (ite (= a!130 #x00000002) false |p.hw_gp_ctr[2]@host|)
                       a!146)))
      (a!154 (ite a!69
                  |p.hw_gp_ctr[3]@host|
                  (ite a!101
                       (ite (= a!130 #x00000003) false |p.hw_gp_ctr[3]@host|)
                       a!153)))
      (a!162 (ite (= #x9 actp)
                  (ite a!69
                       |p.hw_fixed_ctr[0]@host|
                       (ite a!101
                            |p.hw_fixed_ctr[0]@host|
                            (ite a!102 |p.hw_fixed_ctr[0]@host| a!161)))
                  |p.hw_fixed_ctr[0]@host|))
      (a!169 (ite (= #x9 actp)
                  (ite a!69
                       |p.hw_fixed_ctr[1]@host|
                       (ite a!101
                            |p.hw_fixed_ctr[1]@host|
                            (ite a!102 |p.hw_fixed_ctr[1]@host| a!168)))
                  |p.hw_fixed_ctr[1]@host|))
      (a!176 (ite (= #x9 actp)
                  (ite a!69
                       |p.hw_fixed_ctr[2]@host|
                       (ite a!101
                            |p.hw_fixed_ctr[2]@host|
                            (ite a!102 |p.hw_fixed_ctr[2]@host| a!175)))
                  |p.hw_fixed_ctr[2]@host|))
      (a!183 (ite (= #x9 actp)
                  (ite a!69
                       |p.hw_fixed_ctr[3]@host|
                       (ite a!101
                            |p.hw_fixed_ctr[3]@host|
                            (ite a!102 |p.hw_fixed_ctr[3]@host| a!182)))
                  |p.hw_fixed_ctr[3]@host|))
      (a!190 (ite (= #x8 actp)
                  (ite a!62 a!186 p.hw_global_ctrl@host)
                  (ite (= #x9 actp)
                       (ite a!69 a!186 (ite a!101 p.hw_global_ctrl@host a!189))
                       p.hw_global_ctrl@host)))
      (a!202 (ite (= #x5 actp)
                  (ite cfg.host_perf_metrics true p.hw_perf_metrics@host)
                  (ite (= #x9 actp)
                       (ite a!69
                            p.hw_perf_metrics@host
                            (ite a!101 p.hw_perf_metrics@host a!201))
                       p.hw_perf_metrics@host)))
      (a!213 (ite cfg.vm_enable_pmu
                  a!212
                  (ite (and (not p.has_run) a!51)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!230 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!229) p.hw_global_ctrl p.pmu_global_ctrl)
                  p.pmu_global_ctrl))
      (a!245 (ite (= #x8 actp)
                  (ite a!62 a!242 p.hw_global_ctrl)
                  (ite (= #x9 actp)
                       (ite a!69 a!242 (ite a!101 p.hw_global_ctrl a!244))
                       p.hw_global_ctrl)))
      (a!260 (ite (= #x6 actp)
                  a!257
                  (ite (= #x9 actp)
                       (ite a!69
                            p.hw_perf_metrics@guest
                            (ite a!101 p.hw_perf_metrics@guest a!259))
                       p.hw_perf_metrics@guest)))
      (a!302 (ite (= #x4 actp)
                  a!278
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[0]@host|
                            (ite a!79 |p.pmu_gp_counter[0]@host| a!301))
                       |p.pmu_gp_counter[0]@host|)))
      (a!310 (ite (= #x4 actp)
                  a!304
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[1]@host|
                            (ite a!79 |p.pmu_gp_counter[1]@host| a!309))
                       |p.pmu_gp_counter[1]@host|)))
      (a!318 (ite (= #x4 actp)
                  a!312
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[2]@host|
                            (ite a!79 |p.pmu_gp_counter[2]@host| a!317))
                       |p.pmu_gp_counter[2]@host|)))
      (a!326 (ite (= #x4 actp)
                  a!320
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[3]@host|
                            (ite a!79 |p.pmu_gp_counter[3]@host| a!325))
                       |p.pmu_gp_counter[3]@host|)))
      (a!338 (ite (= #x4 actp)
                  a!328
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[0]@host|
                            (ite a!79 |p.pmu_fixed_counter[0]@host| a!337))
                       |p.pmu_fixed_counter[0]@host|)))
      (a!348 (ite (= #x4 actp)
                  a!340
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[1]@host|
                            (ite a!79 |p.pmu_fixed_counter[1]@host| a!347))
                       |p.pmu_fixed_counter[1]@host|)))
      (a!358 (ite (= #x4 actp)
                  a!350
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[2]@host|
                            (ite a!79 |p.pmu_fixed_counter[2]@host| a!357))
                       |p.pmu_fixed_counter[2]@host|)))
      (a!368 (ite (= #x4 actp)
                  a!360
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[3]@host|
                            (ite a!79 |p.pmu_fixed_counter[3]@host| a!367))
                       |p.pmu_fixed_counter[3]@host|)))
      (a!372 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!229) p.hw_global_ctrl@host p.pmu_global_ctrl@host)
                  p.pmu_global_ctrl@host))
      (a!389 (ite (= #x8 actp)
                  (ite a!62 false p.pending@host)
                  (ite (= #x9 actp)
                       (ite a!69 false p.pending@host)
                       (ite (= #xa actp) false p.pending@host))))
      (a!390 (ite (= #x8 actp)
                  (ite a!62 false p.pending@guest)
                  (ite (= #x9 actp)
                       (ite a!69 false p.pending@guest)
                       (ite (= #xa actp) false p.pending@guest))))
      (a!391 (ite (= #x7 actp)
                  (ite a!55 false p.pending_index@host)
                  (ite (= #x8 actp)
                       (ite a!62 false p.pending_index@host)
                       (ite (= #x9 actp)
                            (ite a!69 false p.pending_index@host)
                            p.pending_index@host))))
      (a!407 (ite (= #x00000329 #x0000030c)
                  (not (and (and cfg.enable_mediated_pmu a!74) a!179))
                  (ite (= #x00000329 #x0000038e) a!404 a!406))))
(let ((a!71 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!70))))
      (a!107 (ite (= #x1 actp)
                  a!96
                  (ite (= #x4 actp)
                       a!98
                       (ite (= #x5 actp)
                            (ite cfg.host_perf_metrics
                                 hvp.host_perf_activity.21
                                 p.hw_perf_metrics)
                            a!106))))
      (a!134 (ite (= #x4 actp)
                  a!125
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[0]@host|)
                       (ite (= #x9 actp) a!133 |p.hw_gp_ctr[0]@host|))))
      (a!141 (ite (= #x4 actp)
                  a!138
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[1]@host|)
                       (ite (= #x9 actp) a!140 |p.hw_gp_ctr[1]@host|))))
      (a!148 (ite (= #x4 actp)
                  a!145
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[2]@host|)
                       (ite (= #x9 actp) a!147 |p.hw_gp_ctr[2]@host|))))
      (a!155 (ite (= #x4 actp)
                  a!152
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[3]@host|)
                       (ite (= #x9 actp) a!154 |p.hw_gp_ctr[3]@host|))))
      (a!163 (ite (= #x4 actp)
                  a!159
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[0]@host|)
                       a!162)))
      (a!170 (ite (= #x4 actp)
                  a!167
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[1]@host|)
                       a!169)))
      (a!177 (ite (= #x4 actp)
                  a!174
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[2]@host|)
                       a!176)))
      (a!184 (ite (= #x4 actp)
                  a!181
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[3]@host|)
                       a!183)))
      (a!191 (ite (= #x3 actp)
                  a!186
                  (ite (= #x5 actp)
                       true
                       (ite (= #x7 actp)
                            (ite a!55 a!186 p.hw_global_ctrl@host)
                            a!190))))
      (a!203 (not (ite (= #x1 actp) a!197 (ite (= #x4 actp) a!199 a!202))))
      (a!217 (ite a!205
                  (= (ite (= #x0 actp)
                          (ite a!47 a!213 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd)
                     (bvnot a!216))
                  (= #xffffffffffffffff
                     (ite (= #x0 actp)
                          (ite a!47 a!213 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd))))
      (a!238 (ite (= #x9 actp)
                  (ite a!69 a!230 p.pmu_global_ctrl)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl
                            (ite a!79 p.pmu_global_ctrl a!237))
                       p.pmu_global_ctrl)))
      (a!246 (ite (= #x3 actp)
                  a!242
                  (ite (= #x5 actp)
                       hvp.host_perf_activity.19
                       (ite (= #x7 actp)
                            (ite a!55 a!242 p.hw_global_ctrl)
                            a!245))))
      (a!261 (ite (= #x1 actp)
                  a!254
                  (ite (= #x4 actp)
                       a!256
                       (ite (= #x5 actp)
                            (ite cfg.host_perf_metrics
                                 false
                                 p.hw_perf_metrics@guest)
                            a!260))))
      (a!377 (ite (= #x9 actp)
                  (ite a!69 a!372 p.pmu_global_ctrl@host)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl@host
                            (ite a!79 p.pmu_global_ctrl@host a!376))
                       p.pmu_global_ctrl@host)))
      (a!408 (ite (= #x00000329 #x0000030b)
                  (not (and (and cfg.enable_mediated_pmu a!74) a!172))
                  a!407)))
(let ((a!75 (and (= #b00 (ite (= #x1 actp) #b01 a!71))
                 (and cfg.enable_mediated_pmu a!74)))
      (a!92 (and (= #b01 (ite (= #x1 actp) #b01 a!71))
                 (and cfg.enable_mediated_pmu a!74)))
      (a!108 (=> (= #b1 ((_ extract 15 15) a!94))
                 (= a!107 (ite (= #x0 actp) a!76 a!83))))
      (a!122 (not (= #b00 (ite (= #x1 actp) #b01 a!71))))
      (a!135 (=> a!123 (not (ite (= #x1 actp) a!124 a!134))))
      (a!142 (=> a!136 (not (ite (= #x1 actp) a!137 a!141))))
      (a!149 (=> a!143 (not (ite (= #x1 actp) a!144 a!148))))
      (a!156 (=> a!150 (not (ite (= #x1 actp) a!151 a!155))))
      (a!164 (=> a!157 (not (ite (= #x1 actp) a!158 a!163))))
      (a!171 (=> a!165 (not (ite (= #x1 actp) a!166 a!170))))
      (a!178 (=> a!172 (not (ite (= #x1 actp) a!173 a!177))))
      (a!185 (=> a!179 (not (ite (= #x1 actp) a!180 a!184))))
      (a!192 (not (ite (= #x1 actp) a!186 (ite (= #x2 actp) a!187 a!191))))
      (a!239 (ite (= #x3 actp)
                  a!230
                  (ite (= #x7 actp)
                       (ite a!55 a!230 p.pmu_global_ctrl)
                       (ite (= #x8 actp)
                            (ite a!62 a!230 p.pmu_global_ctrl)
                            a!238))))
      (a!241 (and (= #b10 (ite (= #x1 actp) #b01 a!71))
                  (and cfg.enable_mediated_pmu a!74)
                  a!205))
      (a!247 (ite (= #x1 actp) a!242 (ite (= #x2 actp) a!243 a!246)))
      (a!263 (=> (= #b10 (ite (= #x1 actp) #b01 a!71))
                 (ite (= #x2 actp) true p.has_run)))
      (a!378 (ite (= #x3 actp)
                  a!372
                  (ite (= #x7 actp)
                       (ite a!55 a!372 p.pmu_global_ctrl@host)
                       (ite (= #x8 actp)
                            (ite a!62 a!372 p.pmu_global_ctrl@host)
                            a!377))))
      (a!409 (ite (= #x00000329 #x0000030a)
                  (not (and (and cfg.enable_mediated_pmu a!74) a!165))
                  a!408)))
(let ((a!204 (=> (and (and a!122 (and cfg.enable_mediated_pmu a!74))
                      cfg.host_perf_metrics)
                 a!203))
      (a!240 (= #x0000000000000000
                (bvand (ite (= #x0 actp)
                            (ite a!47 a!222 p.pmu_global_ctrl)
                            a!239)
                       (ite (= #x0 actp)
                            (ite a!47 a!213 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd))))
      (a!248 (= #x0000000000000000
                (bvand a!247
                       (ite (= #x0 actp)
                            (ite a!47 a!213 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd))))
      (a!249 (= #b1
                ((_ extract 48 48)
                  (ite (= #x0 actp) (ite a!47 a!222 p.pmu_global_ctrl) a!239))))
      (a!250 (=> (and a!122 (and cfg.enable_mediated_pmu a!74))
                 (not (= #b1 ((_ extract 48 48) a!247)))))
      (a!252 (and (and a!122 (and cfg.enable_mediated_pmu a!74))
                  (not (= #b1 ((_ extract 15 15) a!94)))))
      (a!262 (=> (not (ite (= #x2 actp) true p.has_run)) (or (not a!261) a!92)))
      (a!410 (ite (= #x00000329 #x00000309)
                  (not (and (and cfg.enable_mediated_pmu a!74) a!157))
                  a!409)))
(let ((a!251 (=> (not (= #b1 ((_ extract 15 15) a!94))) (and (not a!249) a!250)))
      (a!411 (ite (= #x00000329 #x000004c2)
                  a!398
                  (ite (= #x00000329 #x000004c3)
                       a!399
                       (ite (= #x00000329 #x000004c4) a!400 a!410)))))
(let ((a!412 (ite (= #x00000329 #x000000c4)
                  (not (and (and cfg.enable_mediated_pmu a!74) a!150))
                  (ite (= #x00000329 #x000004c1) a!397 a!411))))
(let ((a!413 (ite (= #x00000329 #x000000c3)
                  (not (and (and cfg.enable_mediated_pmu a!74) a!143))
                  a!412)))
(let ((a!414 (ite (= #x00000329 #x000000c2)
                  (not (and (and cfg.enable_mediated_pmu a!74) a!136))
                  a!413)))
(let ((a!415 (ite (= #x00000329 #x000000c1)
                  (not (and (and cfg.enable_mediated_pmu a!74) a!123))
                  a!414)))
(let ((a!416 (and (= #b10 (ite (= #x1 actp) #b01 a!71))
                  (or (not a!415) (not a!415)))))
(let ((a!417 (=> a!416
                 (and (and cfg.enable_mediated_pmu a!74)
                      (= #b1 ((_ extract 15 15) a!94))))))
(let ((a!418 (and (=> (ite (= #x0 actp) a!52 a!54) a!75)
                  (= (ite (= #x0 actp) a!76 a!83) (ite (= #x0 actp) a!84 a!89))
                  (=> a!91 (and a!92 a!108))
                  (bvule (ite (= #x0 actp) (ite a!47 a!113 p.nr_gp) p.nr_gp)
                         cfg.host_nr_gp)
                  (bvule (ite (= #x0 actp)
                              (ite a!47 a!120 p.nr_fixed)
                              p.nr_fixed)
                         cfg.host_nr_fixed)
                  (bvule (ite (= #x0 actp)
                              (ite a!47 a!120 p.nr_fixed)
                              p.nr_fixed)
                         #x04)
                  a!121
                  (=> (and a!122 (and cfg.enable_mediated_pmu a!74))
                      (and a!135 a!142 a!149 a!156))
                  (=> (and a!122 (and cfg.enable_mediated_pmu a!74))
                      (and a!164 a!171 a!178 a!185))
                  (=> (and a!122 (and cfg.enable_mediated_pmu a!74))
                      (and a!192 (not a!195)))
                  a!204
                  a!217
                  (=> a!218 (and cfg.enable_mediated_pmu cfg.host_perf_metrics))
                  (=> a!205 a!240)
                  (=> a!241 a!248)
                  a!251
                  (=> a!252 (not a!261))
                  (=> a!75 (not a!261))
                  a!262
                  (=> (not cfg.host_perf_metrics) (not a!261))
                  a!263
                  a!264
                  a!265
                  a!266
                  (not (ite (= #x0 actp)
                            (ite a!47 a!269 p.nr_gp@host)
                            p.nr_gp@host))
                  (not (ite (= #x0 actp)
                            (ite a!47 a!272 p.gp_counter_bitmask@host)
                            p.gp_counter_bitmask@host))
                  (not (ite (= #x0 actp)
                            (ite a!47 a!276 p.fixed_counter_bitmask@host)
                            p.fixed_counter_bitmask@host))
                  (not (ite (= #x0 actp) a!277 a!302))
                  (not (ite (= #x0 actp) a!303 a!310))
                  (not (ite (= #x0 actp) a!311 a!318))
                  (not (ite (= #x0 actp) a!319 a!326))
                  (not (ite (= #x0 actp) a!327 a!338))
                  (not (ite (= #x0 actp) a!339 a!348))
                  (not (ite (= #x0 actp) a!349 a!358))
                  (not (ite (= #x0 actp) a!359 a!368))
                  (not (ite (= #x0 actp)
                            (ite a!47 a!371 p.pmu_global_ctrl@host)
                            a!378))
                  (not (ite (= #x0 actp) a!379 a!388))
                  (not (ite (= #x7 actp) (ite a!55 false p.pending@host) a!389))
                  (not (ite (= #x7 actp) (ite a!55 false p.pending@guest) a!390))
                  (not a!391)
                  (not (ite (= #x9 actp)
                            (ite a!69 false p.pending_data@host)
                            p.pending_data@host))
                  (not (ite (= #x0 actp) a!392 a!396))
                  a!417)))
  (and (bvuge cfg.host_nr_gp #x01)
       (bvule cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_fixed #x04)
       (bvuge cfg.host_gp_width #x20)
       (bvule cfg.host_gp_width #x30)
       (bvuge cfg.host_fixed_width #x20)
       (bvule cfg.host_fixed_width #x30)
       a!1
       a!2
       (= cfg.hw_global_ctrl_valid a!4)
       (=> cfg.host_perf_metrics (= #x04 cfg.host_nr_fixed))
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x04) cfg.vm_enable_pmu))
       (= #x0000000000000000
          (bvand cfg.host_perf_cap_legacy (bvnot #x0000000000034fff)))
       (=> p.after_put a!5)
       (= p.pmu_perf_metrics p.exp_pm)
       (=> p.just_loaded (and a!6 a!7))
       (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x04)
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!9
       a!10
       (=> a!8 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host)))
       (=> (and a!8 cfg.host_perf_metrics) (not p.hw_perf_metrics@host))
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!13))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (=> (= #b1 ((_ extract 15 15) p.perf_caps))
           (and cfg.enable_mediated_pmu cfg.host_perf_metrics))
       (=> (bvugt p.pmu_version #x01)
           (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd)))
       (=> a!14
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> a!15 a!17)
       (=> (and a!8 a!15) (not p.hw_perf_metrics@guest))
       (=> a!5 (not p.hw_perf_metrics@guest))
       (=> (not p.has_run) (or (not p.hw_perf_metrics@guest) a!6))
       (=> (not cfg.host_perf_metrics) (not p.hw_perf_metrics@guest))
       (=> (= #b10 p.ctx) p.has_run)
       (not p.cpuid_nr_gp@host)
       (not p.cpuid_gp_width@host)
       (not p.cpuid_fixed_width@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.pending@host)
       (not p.pending@guest)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.pmu_perf_metrics@host)
       a!41
       a!46
       (bvult actp #xb)
       (not a!418))))))))))))))))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (= cfg.host_gp_mask
              (bvsub (bvshl #x0000000000000001
                            ((_ zero_extend 56) cfg.host_gp_width))
                     #x0000000000000001)))
      (a!2 (= cfg.host_fixed_mask
              (bvsub (bvshl #x0000000000000001
                            ((_ zero_extend 56) cfg.host_fixed_width))
                     #x0000000000000001)))
      (a!3 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) cfg.host_nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!5 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!6 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (=> (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               (= p.hw_perf_metrics p.pmu_perf_metrics)))
      (a!8 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!11 (bvshl (bvsub (bvshl #x0000000000000001
                                 ((_ zero_extend 56) p.nr_fixed))
                          #x0000000000000001)
                   #x0000000000000020))
      (a!12 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 #x0001000000000000
                 #x0000000000000000))
      (a!14 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!15 (not (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!18 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!19 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!20 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!21 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!26 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!27 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!28 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!29 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!30 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!31 (= (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               cfg.host_perf_metrics))
      (a!39 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!9 (=> a!8
               (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|)))))
      (a!10 (=> a!8
                (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|))
                     (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|))
                     (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|))
                     (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|)))))
      (a!13 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                         #x0000000000000001)
                  a!11
                  a!12))
      (a!16 (=> a!8 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))))
      (a!22 (and a!18
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!23 (and a!19
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!24 (and a!20
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!25 (and a!21
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!32 (or a!30
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not a!31)
                (not (bvugt p.pmu_version #x01)))))
(let ((a!17 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!16))
      (a!33 (ite (= #x00000329 #x0000038f)
                 a!32
                 (ite (= #x00000329 #x00000390)
                      a!32
                      (ite (= #x00000329 #x00000329) (or a!30 a!15) true)))))
(let ((a!34 (ite (= #x00000329 #x0000030b)
                 (not a!28)
                 (ite (= #x00000329 #x0000030c)
                      (not a!29)
                      (ite (= #x00000329 #x0000038e) a!32 a!33)))))
(let ((a!35 (ite (= #x00000329 #x000004c4)
                 (not a!25)
                 (ite (= #x00000329 #x00000309)
                      (not a!26)
                      (ite (= #x00000329 #x0000030a) (not a!27) a!34)))))
(let ((a!36 (ite (= #x00000329 #x000004c1)
                 (not a!22)
                 (ite (= #x00000329 #x000004c2)
                      (not a!23)
                      (ite (= #x00000329 #x000004c3) (not a!24) a!35)))))
(let ((a!37 (ite (= #x00000329 #x000000c2)
                 (not a!19)
                 (ite (= #x00000329 #x000000c3)
                      (not a!20)
                      (ite (= #x00000329 #x000000c4) (not a!21) a!36)))))
(let ((a!38 (or (not (ite (= #x00000329 #x000000c1) (not a!18) a!37))
                (not (ite (= #x00000329 #x000000c1) (not a!18) a!37)))))
(let ((a!40 (not (=> (and (= #b10 p.ctx) a!38) a!39))))
  (and (bvuge cfg.host_nr_gp #x01)
       (bvule cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_fixed #x04)
       (bvuge cfg.host_gp_width #x20)
       (bvule cfg.host_gp_width #x30)
       (bvuge cfg.host_fixed_width #x20)
       (bvule cfg.host_fixed_width #x30)
       a!1
       a!2
       (= cfg.hw_global_ctrl_valid a!4)
       (=> cfg.host_perf_metrics (= #x04 cfg.host_nr_fixed))
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x04) cfg.vm_enable_pmu))
       (= #x0000000000000000
          (bvand cfg.host_perf_cap_legacy (bvnot #x0000000000034fff)))
       (=> p.after_put a!5)
       (= p.pmu_perf_metrics p.exp_pm)
       (=> p.just_loaded (and a!6 a!7))
       (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x04)
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!9
       a!10
       (=> a!8 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host)))
       (=> (and a!8 cfg.host_perf_metrics) (not p.hw_perf_metrics@host))
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!13))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (=> (= #b1 ((_ extract 15 15) p.perf_caps))
           (and cfg.enable_mediated_pmu cfg.host_perf_metrics))
       (=> (bvugt p.pmu_version #x01)
           (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd)))
       (=> a!14
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> a!15 a!17)
       (=> (and a!8 a!15) (not p.hw_perf_metrics@guest))
       (=> a!5 (not p.hw_perf_metrics@guest))
       (=> (not p.has_run) (or (not p.hw_perf_metrics@guest) a!6))
       (=> (not cfg.host_perf_metrics) (not p.hw_perf_metrics@guest))
       (=> (= #b10 p.ctx) p.has_run)
       (not p.cpuid_nr_gp@host)
       (not p.cpuid_gp_width@host)
       (not p.cpuid_fixed_width@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.pending@host)
       (not p.pending@guest)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.pmu_perf_metrics@host)
       (=> (and (= #b10 p.ctx) a!38) a!39)
       a!40)))))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_nr_gp@host p.cpuid_gp_width p.cpuid_gp_width@host p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_fixed_width@host p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_gp@host p.nr_fixed p.gp_counter_bitmask p.gp_counter_bitmask@host p.fixed_counter_bitmask p.fixed_counter_bitmask@host p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_gp_ctr[0]@host| |p.hw_gp_ctr[1]@host| |p.hw_gp_ctr[2]@host| |p.hw_gp_ctr[3]@host| |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| |p.hw_fixed_ctr[0]@host| |p.hw_fixed_ctr[1]@host| |p.hw_fixed_ctr[2]@host| |p.hw_fixed_ctr[3]@host| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_ctrl@host p.hw_global_status@host p.hw_perf_metrics p.hw_perf_metrics@host p.hw_perf_metrics@guest |p.pmu_gp_counter[0]@host| |p.pmu_gp_counter[1]@host| |p.pmu_gp_counter[2]@host| |p.pmu_gp_counter[3]@host| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| |p.pmu_fixed_counter[0]@host| |p.pmu_fixed_counter[1]@host| |p.pmu_fixed_counter[2]@host| |p.pmu_fixed_counter[3]@host| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_ctrl@host p.pmu_global_status@host p.ctx p.pending p.pending@host p.pending@guest p.pending_index p.pending_index@host p.pending_data p.pending_data@host p.pending_data@guest p.after_put p.just_loaded p.pmu_perf_metrics p.pmu_perf_metrics@host p.pmu_perf_metrics@guest p.exp_pm
; invariant: (let ((a!1 (and (= #b00 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!2 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (=> (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) (= p.hw_perf_metrics p.pmu_perf_metrics))) (a!4 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!7 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_fixed)) #x0000000000000001) #x0000000000000020)) (a!8 (ite (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) #x0001000000000000 #x0000000000000000)) (a!10 (and (= #b10 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvugt p.pmu_version #x01))) (a!11 (not (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!14 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x00 p.nr_gp))) (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x01 p.nr_gp))) (a!16 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x02 p.nr_gp))) (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x03 p.nr_gp))) (a!22 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x00 p.nr_fixed))) (a!23 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x01 p.nr_fixed))) (a!24 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x02 p.nr_fixed))) (a!25 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x03 p.nr_fixed))) (a!26 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!27 (= (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) cfg.host_perf_metrics)) (a!35 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))) (let ((a!5 (=> a!4 (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|)) (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|)) (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|)) (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|))))) (a!6 (=> a!4 (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|)) (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|)) (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|)) (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|))))) (a!9 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp)) #x0000000000000001) a!7 a!8)) (a!12 (=> a!4 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl))))) (a!18 (and a!14 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!19 (and a!15 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!20 (and a!16 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!21 (and a!17 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!28 (or a!26 (not (= p.nr_gp cfg.host_nr_gp)) (not (= p.nr_fixed cfg.host_nr_fixed)) (not a!27) (not (bvugt p.pmu_version #x01))))) (let ((a!13 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!12)) (a!29 (ite (= #x00000329 #x0000038f) a!28 (ite (= #x00000329 #x00000390) a!28 (ite (= #x00000329 #x00000329) (or a!26 a!11) true))))) (let ((a!30 (ite (= #x00000329 #x0000030b) (not a!24) (ite (= #x00000329 #x0000030c) (not a!25) (ite (= #x00000329 #x0000038e) a!28 a!29))))) (let ((a!31 (ite (= #x00000329 #x000004c4) (not a!21) (ite (= #x00000329 #x00000309) (not a!22) (ite (= #x00000329 #x0000030a) (not a!23) a!30))))) (let ((a!32 (ite (= #x00000329 #x000004c1) (not a!18) (ite (= #x00000329 #x000004c2) (not a!19) (ite (= #x00000329 #x000004c3) (not a!20) a!31))))) (let ((a!33 (ite (= #x00000329 #x000000c2) (not a!15) (ite (= #x00000329 #x000000c3) (not a!16) (ite (= #x00000329 #x000000c4) (not a!17) a!32))))) (let ((a!34 (or (not (ite (= #x00000329 #x000000c1) (not a!14) a!33)) (not (ite (= #x00000329 #x000000c1) (not a!14) a!33))))) (and (=> p.after_put a!1) (= p.pmu_perf_metrics p.exp_pm) (=> p.just_loaded (and a!2 a!3)) (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x04) (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed)) a!5 a!6 (=> a!4 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host))) (=> (and a!4 cfg.host_perf_metrics) (not p.hw_perf_metrics@host)) (ite (bvugt p.pmu_version #x01) (= p.global_ctrl_rsvd (bvnot a!9)) (= #xffffffffffffffff p.global_ctrl_rsvd)) (=> (= #b1 ((_ extract 15 15) p.perf_caps)) (and cfg.enable_mediated_pmu cfg.host_perf_metrics)) (=> (bvugt p.pmu_version #x01) (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))) (=> a!10 (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd))) (=> a!11 a!13) (=> (and a!4 a!11) (not p.hw_perf_metrics@guest)) (=> a!1 (not p.hw_perf_metrics@guest)) (=> (not p.has_run) (or (not p.hw_perf_metrics@guest) a!2)) (=> (not cfg.host_perf_metrics) (not p.hw_perf_metrics@guest)) (=> (= #b10 p.ctx) p.has_run) (not p.cpuid_nr_gp@host) (not p.cpuid_gp_width@host) (not p.cpuid_fixed_width@host) (not p.nr_gp@host) (not p.gp_counter_bitmask@host) (not p.fixed_counter_bitmask@host) (not |p.pmu_gp_counter[0]@host|) (not |p.pmu_gp_counter[1]@host|) (not |p.pmu_gp_counter[2]@host|) (not |p.pmu_gp_counter[3]@host|) (not |p.pmu_fixed_counter[0]@host|) (not |p.pmu_fixed_counter[1]@host|) (not |p.pmu_fixed_counter[2]@host|) (not |p.pmu_fixed_counter[3]@host|) (not p.pmu_global_ctrl@host) (not p.pmu_global_status@host) (not p.pending@host) (not p.pending@guest) (not p.pending_index@host) (not p.pending_data@host) (not p.pmu_perf_metrics@host) (=> (and (= #b10 p.ctx) a!34) a!35))))))))))
; trigger: reached at depth 3
