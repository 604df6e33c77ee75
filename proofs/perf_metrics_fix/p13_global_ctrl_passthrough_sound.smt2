; vpmu-formal-certificate-1
; spec: perf_metrics_fix
; property: p13_global_ctrl_passthrough_sound
; key: 2cf0b91d1dad059a05624da6f9fb711275c5928c96b76233bb8a6fd8ce8e8209
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
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
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun actp () (_ BitVec 4))
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
               cfg.host_perf_metrics)))
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
      (a!29 (ite (= #x0000038f #x0000038f)
                 a!28
                 (ite (= #x0000038f #x00000390)
                      a!28
                      (ite (= #x0000038f #x00000329) (or a!26 a!11) true)))))
(let ((a!30 (ite (= #x0000038f #x0000030b)
                 (not a!24)
                 (ite (= #x0000038f #x0000030c)
                      (not a!25)
                      (ite (= #x0000038f #x0000038e) a!28 a!29)))))
(let ((a!31 (ite (= #x0000038f #x000004c4)
                 (not a!21)
                 (ite (= #x0000038f #x00000309)
                      (not a!22)
                      (ite (= #x0000038f #x0000030a) (not a!23) a!30)))))
(let ((a!32 (ite (= #x0000038f #x000004c1)
                 (not a!18)
                 (ite (= #x0000038f #x000004c2)
                      (not a!19)
                      (ite (= #x0000038f #x000004c3) (not a!20) a!31)))))
(let ((a!33 (ite (= #x0000038f #x000000c2)
                 (not a!15)
                 (ite (= #x0000038f #x000000c3)
                      (not a!16)
                      (ite (= #x0000038f #x000000c4) (not a!17) a!32)))))
(let ((a!34 (and (= #b10 p.ctx)
                 (not (ite (= #x0000038f #x000000c1) (not a!14) a!33)))))
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
       (=> a!34 (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd)))))))))))))
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
               cfg.host_perf_metrics)))
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
      (a!34 (ite (= #x0000038f #x0000038f)
                 a!33
                 (ite (= #x0000038f #x00000390)
                      a!33
                      (ite (= #x0000038f #x00000329) (or a!31 a!16) true)))))
(let ((a!35 (ite (= #x0000038f #x0000030b)
                 (not a!29)
                 (ite (= #x0000038f #x0000030c)
                      (not a!30)
                      (ite (= #x0000038f #x0000038e) a!33 a!34)))))
(let ((a!36 (ite (= #x0000038f #x000004c4)
                 (not a!26)
                 (ite (= #x0000038f #x00000309)
                      (not a!27)
                      (ite (= #x0000038f #x0000030a) (not a!28) a!35)))))
(let ((a!37 (ite (= #x0000038f #x000004c1)
                 (not a!23)
                 (ite (= #x0000038f #x000004c2)
                      (not a!24)
                      (ite (= #x0000038f #x000004c3) (not a!25) a!36)))))
(let ((a!38 (ite (= #x0000038f #x000000c2)
                 (not a!20)
                 (ite (= #x0000038f #x000000c3)
                      (not a!21)
                      (ite (= #x0000038f #x000000c4) (not a!22) a!37)))))
(let ((a!39 (and (= #b10 p.ctx)
                 (not (ite (= #x0000038f #x000000c1) (not a!19) a!38)))))
(let ((a!40 (and (=> p.after_put a!6)
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
                 (=> a!39
                     (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd))))))
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
       (not a!40))))))))))))
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
      (a!40 (and (= #x8 actp)
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
      (a!41 (and (= #x9 actp)
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
      (a!42 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!45 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!46 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       (ite cfg.host_perf_metrics
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!47 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!48 (not (or (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width)))))
      (a!51 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 true
                 p.after_put))
      (a!75 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.hw_perf_metrics
                 p.pmu_perf_metrics))
      (a!77 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!78 (and (= #x00000329
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!83 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.hw_perf_metrics
                 p.exp_pm))
      (a!88 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 true
                 p.just_loaded))
      (a!95 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 #x0000000000000000
                 p.hw_perf_metrics))
      (a!97 (ite (and cfg.host_perf_metrics
                      (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))
                 (bvadd p.hw_perf_metrics inp.guest_count.delta)
                 p.hw_perf_metrics))
      (a!98 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                      (bvult inp.guest_wrmsr.msr #x000004c5))
                 (bvsub inp.guest_wrmsr.msr #x000004c1)
                 (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                           (bvult inp.guest_wrmsr.msr #x0000018a))
                      (bvsub inp.guest_wrmsr.msr #x00000186)
                      (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!101 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!102 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  p.hw_perf_metrics
                  (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                            cfg.host_perf_metrics)
                       inp.guest_wrmsr.data
                       p.hw_perf_metrics)))
      (a!107 (not (= #x00
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!108 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                              p.cpuid_nr_gp
                              (ite p.has_run
                                   p.cpuid_nr_gp
                                   inp.kvm_set_config.gp))
                         (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_nr_gp
                       (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                  (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!112 (not (= #x01
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!113 (ite cfg.enable_mediated_pmu
                  (ite (bvult cfg.host_nr_fixed #x04) cfg.host_nr_fixed #x04)
                  (ite (bvult cfg.host_nr_fixed #x03) cfg.host_nr_fixed #x03)))
      (a!122 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_gp_counter[0]@host|
                       |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!123 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) false |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!124 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000001 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!125 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000101 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!126 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110000110 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!127 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110001010 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!129 (= (bvnot (bvor cfg.host_gp_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!135 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_gp_counter[1]@host|
                       |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!136 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) false |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!142 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_gp_counter[2]@host|
                       |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!143 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) false |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!149 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_gp_counter[3]@host|
                       |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!150 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) false |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!156 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.pmu_fixed_counter[0]@host|
                       |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!157 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed) false |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!158 (= (bvnot (bvor cfg.host_fixed_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!164 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.pmu_fixed_counter[1]@host|
                       |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!165 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed) false |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!171 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.pmu_fixed_counter[2]@host|
                       |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!172 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed) false |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!178 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.pmu_fixed_counter[3]@host|
                       |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!179 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed) false |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!184 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_ctrl@host))
      (a!185 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl@host
                  p.hw_global_ctrl@host))
      (a!186 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!191 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_status@host))
      (a!192 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (or p.hw_global_status@host p.hw_global_status@host)
                  p.hw_global_status@host))
      (a!196 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  false
                  p.hw_perf_metrics@host))
      (a!198 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  p.hw_perf_metrics@host
                  (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                            cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@host)))
      (a!222 (bvor (bvnot p.global_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!223 (or (= (ite (= p.pending #b00)
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
      (a!233 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!234 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!246 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  false
                  p.hw_perf_metrics@guest))
      (a!248 (ite (and cfg.host_perf_metrics
                       (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))
                  true
                  p.hw_perf_metrics@guest))
      (a!249 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  p.hw_perf_metrics@guest
                  (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                            cfg.host_perf_metrics)
                       true
                       p.hw_perf_metrics@guest)))
      (a!255 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_nr_gp@host
                            (ite p.has_run p.cpuid_nr_gp@host false))
                       p.cpuid_nr_gp@host)))
      (a!256 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_gp_width@host
                            (ite p.has_run p.cpuid_gp_width@host false))
                       p.cpuid_gp_width@host)))
      (a!257 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_fixed_width@host
                            (ite p.has_run p.cpuid_fixed_width@host false))
                       p.cpuid_fixed_width@host)))
      (a!269 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.hw_gp_ctr[0]@host|
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!270 (and (= #x0000038d
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (bvugt p.pmu_version #x01)))
      (a!271 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c5)))
      (a!272 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c5)))
      (a!274 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000018a)))
      (a!277 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 11) p.pending_index))
                     #b000000000000000000000)))
      (a!280 (bvor p.gp_counter_bitmask
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!282 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 9) p.pending_index))
                     #b00000000000000000000000)))
      (a!287 (or p.pending@host
                 (or p.pending@host p.pending_index@host)
                 (or p.pending@host p.pending_index@host)
                 (or p.pending@host p.pending_data@host)
                 (or p.pending@host p.pending_data@host)
                 p.gp_counter_bitmask@host))
      (a!295 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.hw_gp_ctr[1]@host|
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!303 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.hw_gp_ctr[2]@host|
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!311 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.hw_gp_ctr[3]@host|
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!319 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.hw_fixed_ctr[0]@host|
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!320 (bvult (bvsub (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x00000309)
                    ((_ zero_extend 24) p.nr_fixed)))
      (a!331 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.hw_fixed_ctr[1]@host|
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!341 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.hw_fixed_ctr[2]@host|
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!351 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.hw_fixed_ctr[3]@host|
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!371 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_status@host
                  p.pmu_global_status@host))
      (a!372 (bvor (bvnot p.global_status_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!384 (ite (= #b1
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
      (a!43 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!42)))
      (a!49 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!46) #x0000000000000000) p.cpuid_pdcm a!47)
                 (or (not p.has_run) a!48)))
      (a!52 (ite (= #x1 actp)
                 false
                 (ite (= #x4 actp) a!51 (ite (= #x5 actp) false p.after_put))))
      (a!76 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!75
                 p.pmu_perf_metrics))
      (a!79 (ite a!78
                 (ite (= p.pending #b00)
                      (ite (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.data
                           p.pending_data)
                      p.pmu_perf_metrics)
                 p.pmu_perf_metrics))
      (a!84 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!83
                 p.exp_pm))
      (a!85 (ite a!78
                 (ite (= p.pending #b00)
                      (ite (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.data
                           p.pending_data)
                      p.exp_pm)
                 p.exp_pm))
      (a!89 (ite (= #x1 actp)
                 a!88
                 (ite (= #x2 actp) false (ite (= #x4 actp) false p.just_loaded))))
      (a!91 (ite (and (= (bvnot a!46) #x0000000000000000) p.cpuid_pdcm a!47)
                 inp.kvm_set_config.data
                 p.perf_caps))
      (a!93 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.pmu_perf_metrics
                 (ite (and a!15 cfg.host_perf_metrics)
                      #x0000000000000000
                      p.hw_perf_metrics)))
      (a!96 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!95
                 p.hw_perf_metrics))
      (a!99 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                      (bvult inp.guest_wrmsr.msr #x000000c5))
                 (bvult a!98 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!100 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvult a!98 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!114 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                              p.cpuid_nr_fixed
                              (ite p.has_run
                                   p.cpuid_nr_fixed
                                   inp.kvm_set_config.fixed))
                         a!113)
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_nr_fixed
                       (ite p.has_run p.cpuid_nr_fixed inp.kvm_set_config.fixed))
                  a!113))
      (a!128 (ite (and a!124 (not a!125))
                  (bvadd #xfffffb3f inp.guest_wrmsr.msr)
                  (ite (and a!126 (not a!127))
                       (bvadd #xfffffe7a inp.guest_wrmsr.msr)
                       (bvadd #xffffff3f inp.guest_wrmsr.msr))))
      (a!159 (ite a!101
                  (ite (and a!158 (= inp.guest_wrmsr.msr #x00000309))
                       false
                       |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!166 (ite a!101
                  (ite (and a!158 (= inp.guest_wrmsr.msr #x0000030a))
                       false
                       |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!173 (ite a!101
                  (ite (and a!158 (= inp.guest_wrmsr.msr #x0000030b))
                       false
                       |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!180 (ite a!101
                  (ite (and a!158 (= inp.guest_wrmsr.msr #x0000030c))
                       false
                       |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!193 (ite (= #x1 actp)
                  a!191
                  (ite (= #x4 actp)
                       a!192
                       (ite (= #x5 actp) true p.hw_global_status@host))))
      (a!194 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  p.pmu_perf_metrics@host
                  (ite (and a!15 cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@host)))
      (a!197 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!196
                  p.hw_perf_metrics@host))
      (a!224 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                 (not a!223)))
      (a!244 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  p.pmu_perf_metrics@guest
                  (ite (and a!15 cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@guest)))
      (a!247 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!246
                  p.hw_perf_metrics@guest))
      (a!273 (and a!272
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!275 (ite a!274
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)))
      (a!278 (or a!277
                 (bvule #b10011000001
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!279 (or a!277
                 (bvule #b10011000101
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!283 (or a!282
                 (bvule #b110000110
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!284 (or a!282
                 (bvule #b110001010
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!321 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000309)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000030d)
                  a!320))
      (a!385 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!384
                  p.pmu_perf_metrics@host))
      (a!386 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78
                       (ite (= p.pending #b00)
                            (or p.pending@host p.pending_data@host)
                            p.pmu_perf_metrics@host)
                       p.pmu_perf_metrics@host)
                  p.pmu_perf_metrics@host)))
(let ((a!17 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!16))
      (a!33 (ite (= #x0000038f #x00000390)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x0000038f #x00000329) (or a!30 a!15) true)))
      (a!44 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!40
                a!41
                a!43))
      (a!50 (ite a!45
                 (ite (and (not p.has_run) a!49) false p.after_put)
                 p.after_put))
      (a!53 (or cfg.enable_vmware_backdoor
                a!32
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!54 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inp.guest_rdmsr.msr) (or a!30 a!15) true)))
      (a!61 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inp.guest_wrmsr.msr) (or a!30 a!15) true)))
      (a!70 (ite (and (not p.has_run) a!49)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!49) #x00 p.pmu_version)))
      (a!74 (ite a!45
                 (ite (and (not p.has_run) a!49)
                      #x0000000000000000
                      p.pmu_perf_metrics)
                 p.pmu_perf_metrics))
      (a!80 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!79
                 p.pmu_perf_metrics))
      (a!82 (ite a!45
                 (ite (and (not p.has_run) a!49) #x0000000000000000 p.exp_pm)
                 p.exp_pm))
      (a!86 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!85
                 p.exp_pm))
      (a!92 (ite (ite (= #x0 actp)
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_pdcm
                           (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                      p.cpuid_pdcm)
                 (ite (= #x0 actp)
                      (ite inp.kvm_set_config.set_perf_caps a!91 p.perf_caps)
                      p.perf_caps)
                 #x0000000000000000))
      (a!94 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!93
                 p.hw_perf_metrics))
      (a!103 (ite a!100
                  p.hw_perf_metrics
                  (ite a!101
                       p.hw_perf_metrics
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_perf_metrics
                            a!102))))
      (a!109 (ite (and (not p.has_run) a!49)
                  a!108
                  (ite (and (not p.has_run) a!49) #x00 p.nr_gp)))
      (a!115 (ite (and (not p.has_run) a!49)
                  a!114
                  (ite (and (not p.has_run) a!49) #x00 p.nr_fixed)))
      (a!130 (ite a!100
                  (ite (and a!129 (= a!128 #x00000000))
                       false
                       |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!137 (ite a!100
                  (ite (and a!129 (= a!128 #x00000001))
                       false
                       |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!144 (ite a!100
                  (ite (and a!129 (= a!128 #x00000002))
                       false
                       |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!151 (ite a!100
                  (ite (and a!129 (= a!128 #x00000003))
                       false
                       |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!187 (ite a!100
                  p.hw_global_ctrl@host
                  (ite a!101
                       p.hw_global_ctrl@host
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!186 false p.hw_global_ctrl@host)
                            p.hw_global_ctrl@host))))
      (a!195 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!194
                  p.hw_perf_metrics@host))
      (a!199 (ite a!100
                  p.hw_perf_metrics@host
                  (ite a!101
                       p.hw_perf_metrics@host
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_perf_metrics@host
                            a!198))))
      (a!204 ((_ extract 15 15)
               (ite (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_pdcm
                         (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                    (ite inp.kvm_set_config.set_perf_caps a!91 p.perf_caps)
                    #x0000000000000000)))
      (a!216 (= #b1
                ((_ extract 15 15)
                  (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps a!91 p.perf_caps)
                       p.perf_caps))))
      (a!225 (ite (and (= (bvnot a!222) #x0000000000000000) a!224)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.pmu_global_ctrl))
      (a!235 (ite a!100
                  p.hw_global_ctrl
                  (ite a!101
                       p.hw_global_ctrl
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!186 inp.guest_wrmsr.data p.hw_global_ctrl)
                            p.hw_global_ctrl))))
      (a!245 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!244
                  p.hw_perf_metrics@guest))
      (a!250 (ite a!100
                  p.hw_perf_metrics@guest
                  (ite a!101
                       p.hw_perf_metrics@guest
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_perf_metrics@guest
                            a!249))))
      (a!258 (ite (and (not p.has_run) a!49)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false)))
                  (ite (and (not p.has_run) a!49) false p.nr_gp@host)))
      (a!261 (ite (and (not p.has_run) a!49)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false)))
                  (ite (and (not p.has_run) a!49)
                       false
                       p.gp_counter_bitmask@host)))
      (a!264 (ite (and (not p.has_run) a!49)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false)))
                  (ite (and (not p.has_run) a!49)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!268 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!276 (ite a!272
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  a!275))
      (a!281 (and a!278 (not a!279) (not (= (bvnot a!280) #x0000000000000000))))
      (a!285 (ite (and a!283 (not a!284))
                  (bvadd #xfffffe7a
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  (bvadd #xffffff3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))))
      (a!294 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!302 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!310 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!318 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!322 (and a!224
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x00000309)))
      (a!330 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!332 (and a!224
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030a)))
      (a!340 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!342 (and a!224
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030b)))
      (a!350 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!352 (and a!224
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030c)))
      (a!364 (ite (and (= (bvnot a!222) #x0000000000000000) a!224)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_ctrl@host))
      (a!370 (ite a!45
                  (ite (and (not p.has_run) a!49)
                       false
                       p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!373 (ite (and (= (bvnot a!372) #x0000000000000000)
                       (= p.pending #b00)
                       a!224)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_status@host))
      (a!374 (ite (and (= (bvnot a!372) #x0000000000000000) a!224)
                  (or p.pmu_global_status@host
                      (or p.pending@host p.pending_data@host))
                  p.pmu_global_status@host))
      (a!383 (ite a!45
                  (ite (and (not p.has_run) a!49) false p.pmu_perf_metrics@host)
                  p.pmu_perf_metrics@host))
      (a!387 (ite (= #x4 actp)
                  a!385
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_perf_metrics@host
                            (ite a!77 p.pmu_perf_metrics@host a!386))
                       p.pmu_perf_metrics@host))))
(let ((a!34 (ite (= #x0000038f #x0000038f)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!33))
      (a!55 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!54))
      (a!62 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!61))
      (a!71 (ite cfg.vm_enable_pmu
                 a!70
                 (ite (and (not p.has_run) a!49) #x00 p.pmu_version)))
      (a!81 (ite (= #x4 actp)
                 a!76
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           p.pmu_perf_metrics
                           (ite a!77 p.pmu_perf_metrics a!80))
                      p.pmu_perf_metrics)))
      (a!87 (ite (= #x4 actp)
                 a!84
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending) p.exp_pm (ite a!77 p.exp_pm a!86))
                      p.exp_pm)))
      (a!110 (ite a!107 a!109 (ite (and (not p.has_run) a!49) #x00 p.nr_gp)))
      (a!116 (ite a!112 a!115 (ite (and (not p.has_run) a!49) #x00 p.nr_fixed)))
      (a!205 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!115))
                           #x0000000000000001)
                    #x0000000000000020))
      (a!217 (or (bvugt a!70 #x01)
                 (and cfg.enable_mediated_pmu (not (= #x00 a!70)))))
      (a!226 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!225
                  p.pmu_global_ctrl))
      (a!259 (ite a!107
                  a!258
                  (ite (and (not p.has_run) a!49) false p.nr_gp@host)))
      (a!262 (ite a!107
                  a!261
                  (ite (and (not p.has_run) a!49)
                       false
                       p.gp_counter_bitmask@host)))
      (a!265 (ite a!112
                  a!264
                  (ite (and (not p.has_run) a!49)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!286 (ite (and a!278 (not a!279))
                  (bvadd #xfffffb3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  a!285))
      (a!323 (ite a!321
                  (ite a!322
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!333 (ite a!321
                  (ite a!332
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!343 (ite a!321
                  (ite a!342
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!353 (ite a!321
                  (ite a!352
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!365 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!364
                  p.pmu_global_ctrl@host))
      (a!375 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not (= #b00 p.pending)) a!374 p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!394 (not (= (= #b1 ((_ extract 15 15) a!92)) cfg.host_perf_metrics))))
(let ((a!35 (ite (= #x0000038f #x0000038e)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!34))
      (a!56 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!55))
      (a!63 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!32 (not (bvugt p.pmu_version #x01)))
                 a!62))
      (a!72 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!45 a!71 p.pmu_version)
                         p.pmu_version))))
      (a!111 (ite cfg.vm_enable_pmu
                  a!110
                  (ite (and (not p.has_run) a!49) #x00 p.nr_gp)))
      (a!117 (ite a!107 a!116 (ite (and (not p.has_run) a!49) #x00 p.nr_fixed)))
      (a!203 (bvugt (ite (= #x0 actp)
                         (ite a!45 a!71 p.pmu_version)
                         p.pmu_version)
                    #x01))
      (a!206 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!109))
                          #x0000000000000001)
                   a!205))
      (a!218 (ite (and (not p.has_run) a!49)
                  (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!110))
                         #x0000000000000001)
                  (ite (and (not p.has_run) a!49)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!227 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl
                  a!226))
      (a!260 (ite cfg.vm_enable_pmu
                  a!259
                  (ite (and (not p.has_run) a!49) false p.nr_gp@host)))
      (a!263 (ite cfg.vm_enable_pmu
                  a!262
                  (ite (and (not p.has_run) a!49)
                       false
                       p.gp_counter_bitmask@host)))
      (a!266 (ite a!107
                  a!265
                  (ite (and (not p.has_run) a!49)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!288 (ite (and (or a!271 a!273)
                       (bvult a!276 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!281) a!224 (= a!286 #x00000000))
                       a!287
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!296 (ite (and (or a!271 a!273)
                       (bvult a!276 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!281) a!224 (= a!286 #x00000001))
                       a!287
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!304 (ite (and (or a!271 a!273)
                       (bvult a!276 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!281) a!224 (= a!286 #x00000002))
                       a!287
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!312 (ite (and (or a!271 a!273)
                       (bvult a!276 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!281) a!224 (= a!286 #x00000003))
                       a!287
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!324 (ite (and (or a!271 a!273)
                       (bvult a!276 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[0]@host|
                  a!323))
      (a!334 (ite (and (or a!271 a!273)
                       (bvult a!276 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[1]@host|
                  a!333))
      (a!344 (ite (and (or a!271 a!273)
                       (bvult a!276 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[2]@host|
                  a!343))
      (a!354 (ite (and (or a!271 a!273)
                       (bvult a!276 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[3]@host|
                  a!353))
      (a!360 (ite (and (not p.has_run) a!49)
                  a!259
                  (ite (and (not p.has_run) a!49) false p.pmu_global_ctrl@host)))
      (a!366 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl@host
                  a!365))
      (a!376 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_status@host
                  a!375)))
(let ((a!36 (ite (= #x0000038f #x0000030a)
                 (not a!27)
                 (ite (= #x0000038f #x0000030b)
                      (not a!28)
                      (ite (= #x0000038f #x0000030c) (not a!29) a!35))))
      (a!57 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!27)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!28)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!29) a!56))))
      (a!64 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!27)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!28)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!29) a!63))))
      (a!118 (ite cfg.vm_enable_pmu
                  a!117
                  (ite (and (not p.has_run) a!49) #x00 p.nr_fixed)))
      (a!121 (bvult #x00 (ite (= #x0 actp) (ite a!45 a!111 p.nr_gp) p.nr_gp)))
      (a!134 (bvult #x01 (ite (= #x0 actp) (ite a!45 a!111 p.nr_gp) p.nr_gp)))
      (a!141 (bvult #x02 (ite (= #x0 actp) (ite a!45 a!111 p.nr_gp) p.nr_gp)))
      (a!148 (bvult #x03 (ite (= #x0 actp) (ite a!45 a!111 p.nr_gp) p.nr_gp)))
      (a!207 (ite (and (not p.has_run) a!49)
                  (bvnot a!206)
                  (ite (and (not p.has_run) a!49)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!212 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!45 a!111 p.nr_gp) p.nr_gp))))
      (a!219 (ite (and (not (= #x00 a!110)) a!217)
                  a!218
                  (ite (and (not p.has_run) a!49)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!228 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 p.pmu_global_ctrl a!227)
                  p.pmu_global_ctrl))
      (a!267 (ite cfg.vm_enable_pmu
                  a!266
                  (ite (and (not p.has_run) a!49)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!289 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  (ite a!270 |p.pmu_gp_counter[0]@host| a!288)))
      (a!297 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  (ite a!270 |p.pmu_gp_counter[1]@host| a!296)))
      (a!305 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  (ite a!270 |p.pmu_gp_counter[2]@host| a!304)))
      (a!313 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  (ite a!270 |p.pmu_gp_counter[3]@host| a!312)))
      (a!325 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  (ite a!270 |p.pmu_fixed_counter[0]@host| a!324)))
      (a!335 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  (ite a!270 |p.pmu_fixed_counter[1]@host| a!334)))
      (a!345 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  (ite a!270 |p.pmu_fixed_counter[2]@host| a!344)))
      (a!355 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  (ite a!270 |p.pmu_fixed_counter[3]@host| a!354)))
      (a!361 (ite (and (not (= #x00 a!110)) a!217)
                  a!360
                  (ite (and (not p.has_run) a!49) false p.pmu_global_ctrl@host)))
      (a!367 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 p.pmu_global_ctrl@host a!366)
                  p.pmu_global_ctrl@host))
      (a!377 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!373
                  a!376))
      (a!392 (not (= (ite (= #x0 actp) (ite a!45 a!111 p.nr_gp) p.nr_gp)
                     cfg.host_nr_gp)))
      (a!396 (or (not (and cfg.enable_mediated_pmu a!72))
                 (not (= #b1 ((_ extract 15 15) a!92))))))
(let ((a!37 (ite (= #x0000038f #x000004c3)
                 (not a!24)
                 (ite (= #x0000038f #x000004c4)
                      (not a!25)
                      (ite (= #x0000038f #x00000309) (not a!26) a!36))))
      (a!58 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!24)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!25)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!26) a!57))))
      (a!65 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!24)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!25)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!26) a!64))))
      (a!119 (=> (bvule (ite (= #x0 actp)
                             (ite a!45 a!71 p.pmu_version)
                             p.pmu_version)
                        #x01)
                 (= #x00
                    (ite (= #x0 actp) (ite a!45 a!118 p.nr_fixed) p.nr_fixed))))
      (a!155 (bvult #x00
                    (ite (= #x0 actp) (ite a!45 a!118 p.nr_fixed) p.nr_fixed)))
      (a!163 (bvult #x01
                    (ite (= #x0 actp) (ite a!45 a!118 p.nr_fixed) p.nr_fixed)))
      (a!170 (bvult #x02
                    (ite (= #x0 actp) (ite a!45 a!118 p.nr_fixed) p.nr_fixed)))
      (a!177 (bvult #x03
                    (ite (= #x0 actp) (ite a!45 a!118 p.nr_fixed) p.nr_fixed)))
      (a!208 (ite a!112
                  a!207
                  (ite (and (not p.has_run) a!49)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!213 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!45 a!118 p.nr_fixed) p.nr_fixed))))
      (a!220 (ite cfg.vm_enable_pmu
                  a!219
                  (ite (and (not p.has_run) a!49)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!290 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!289))
      (a!298 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!297))
      (a!306 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!305))
      (a!314 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!313))
      (a!326 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!325))
      (a!336 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!335))
      (a!346 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!345))
      (a!356 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!355))
      (a!362 (ite cfg.vm_enable_pmu
                  a!361
                  (ite (and (not p.has_run) a!49) false p.pmu_global_ctrl@host)))
      (a!378 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 p.pmu_global_status@host a!377)
                  p.pmu_global_status@host))
      (a!388 (not (and (and (and cfg.enable_mediated_pmu a!72) a!121)
                       (= #b1 ((_ extract 13 13) a!92)))))
      (a!389 (not (and (and (and cfg.enable_mediated_pmu a!72) a!134)
                       (= #b1 ((_ extract 13 13) a!92)))))
      (a!390 (not (and (and (and cfg.enable_mediated_pmu a!72) a!141)
                       (= #b1 ((_ extract 13 13) a!92)))))
      (a!391 (not (and (and (and cfg.enable_mediated_pmu a!72) a!148)
                       (= #b1 ((_ extract 13 13) a!92)))))
      (a!393 (not (= (ite (= #x0 actp) (ite a!45 a!118 p.nr_fixed) p.nr_fixed)
                     cfg.host_nr_fixed))))
(let ((a!38 (ite (= #x0000038f #x000000c4)
                 (not a!21)
                 (ite (= #x0000038f #x000004c1)
                      (not a!22)
                      (ite (= #x0000038f #x000004c2) (not a!23) a!37))))
      (a!59 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!21)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!22)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!23) a!58))))
      (a!66 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!21)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!22)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!23) a!65))))
      (a!209 (ite a!107
                  a!208
                  (ite (and (not p.has_run) a!49)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!214 (bvor (bvsub a!212 #x0000000000000001)
                   (bvshl (bvsub a!213 #x0000000000000001) #x0000000000000020)
                   (ite (= #b1 ((_ extract 15 15) a!92))
                        #x0001000000000000
                        #x0000000000000000)))
      (a!291 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!290))
      (a!299 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!298))
      (a!307 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!306))
      (a!315 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!314))
      (a!327 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!326))
      (a!337 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!336))
      (a!347 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!346))
      (a!357 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!356))
      (a!379 (ite (= #x4 actp)
                  a!371
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_status@host
                            (ite a!77 p.pmu_global_status@host a!378))
                       p.pmu_global_status@host)))
      (a!395 (or (not (and cfg.enable_mediated_pmu a!72))
                 a!392
                 a!393
                 a!394
                 (not a!203))))
(let ((a!39 (ite (= #x0000038f #x000000c1)
                 (not a!18)
                 (ite (= #x0000038f #x000000c2)
                      (not a!19)
                      (ite (= #x0000038f #x000000c3) (not a!20) a!38))))
      (a!60 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!18)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!19)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!20) a!59))))
      (a!67 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!18)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!19)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!20) a!66))))
      (a!210 (ite (and a!107 a!112 (= #b1 a!204))
                  (ite (and (not p.has_run) a!49)
                       (bvand a!209 (bvnot #x0001000000000000))
                       a!209)
                  a!209))
      (a!292 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 |p.pmu_gp_counter[0]@host| a!291)
                  |p.pmu_gp_counter[0]@host|))
      (a!300 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 |p.pmu_gp_counter[1]@host| a!299)
                  |p.pmu_gp_counter[1]@host|))
      (a!308 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 |p.pmu_gp_counter[2]@host| a!307)
                  |p.pmu_gp_counter[2]@host|))
      (a!316 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 |p.pmu_gp_counter[3]@host| a!315)
                  |p.pmu_gp_counter[3]@host|))
      (a!328 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 |p.pmu_fixed_counter[0]@host| a!327)
                  |p.pmu_fixed_counter[0]@host|))
      (a!338 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 |p.pmu_fixed_counter[1]@host| a!337)
                  |p.pmu_fixed_counter[1]@host|))
      (a!348 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 |p.pmu_fixed_counter[2]@host| a!347)
                  |p.pmu_fixed_counter[2]@host|))
      (a!358 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!78 |p.pmu_fixed_counter[3]@host| a!357)
                  |p.pmu_fixed_counter[3]@host|))
      (a!397 (ite (= #x0000038f #x0000038f)
                  a!395
                  (ite (= #x0000038f #x00000390)
                       a!395
                       (ite (= #x0000038f #x00000329) a!396 true)))))
(let ((a!68 (ite (= #x7 actp)
                 (ite a!53 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!60 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!67 #b01 p.ctx) p.ctx))))
      (a!104 (ite (= #x6 actp)
                  a!97
                  (ite (= #x9 actp)
                       (ite a!67
                            p.hw_perf_metrics
                            (ite a!99 p.hw_perf_metrics a!103))
                       p.hw_perf_metrics)))
      (a!131 (ite a!67
                  |p.hw_gp_ctr[0]@host|
                  (ite a!99
                       (ite (= a!128 #x00000000) false |p.hw_gp_ctr[0]@host|)
                       a!130)))
      (a!138 (ite a!67
                  |p.hw_gp_ctr[1]@host|
                  (ite a!99
                       (ite (= a!128 #x00000001) false |p.hw_gp_ctr[1]@host|)
                       a!137)))
      (a!145 (ite a!67
                  |p.hw_gp_ctr[2]@host|
                  (ite a!99
                       (ite (= a!128 #x00000002) false |p.hw_gp_ctr[2]@host|)
                       a!144)))
      (a!152 (ite a!67
                  |p.hw_gp_ctr[3]@host|
                  (ite a!99
                       (ite (= a!128 #x00000003) false |p.hw_gp_ctr[3]@host|)
                       a!151)))
      (a!160 (ite (= #x9 actp)
                  (ite a!67
                       |p.hw_fixed_ctr[0]@host|
                       (ite a!99
                            |p.hw_fixed_ctr[0]@host|
                            (ite a!100 |p.hw_fixed_ctr[0]@host| a!159)))
                  |p.hw_fixed_ctr[0]@host|))
      (a!167 (ite (= #x9 actp)
                  (ite a!67
                       |p.hw_fixed_ctr[1]@host|
                       (ite a!99
                            |p.hw_fixed_ctr[1]@host|
                            (ite a!100 |p.hw_fixed_ctr[1]@host| a!166)))
                  |p.hw_fixed_ctr[1]@host|))
      (a!174 (ite (= #x9 actp)
                  (ite a!67
                       |p.hw_fixed_ctr[2]@host|
                       (ite a!99
                            |p.hw_fixed_ctr[2]@host|
                            (ite a!100 |p.hw_fixed_ctr[2]@host| a!173)))
                  |p.hw_fixed_ctr[2]@host|))
      (a!181 (ite (= #x9 actp)
                  (ite a!67
                       |p.hw_fixed_ctr[3]@host|
                       (ite a!99
                            |p.hw_fixed_ctr[3]@host|
                            (ite a!100 |p.hw_fixed_ctr[3]@host| a!180)))
                  |p.hw_fixed_ctr[3]@host|))
      (a!188 (ite (= #x8 actp)
                  (ite a!60 a!184 p.hw_global_ctrl@host)
                  (ite (= #x9 actp)
                       (ite a!67 a!184 (ite a!99 p.hw_global_ctrl@host a!187))
                       p.hw_global_ctrl@host)))
      (a!200 (ite (= #x5 actp)
                  (ite cfg.host_perf_metrics true p.hw_perf_metrics@host)
                  (ite (= #x9 actp)
                       (ite a!67
                            p.hw_perf_metrics@host
                            (ite a!99 p.hw_perf_metrics@host a!199))
                       p.hw_perf_metrics@host)))
      (a!211 (ite cfg.vm_enable_pmu
                  a!210
                  (ite (and (not p.has_run) a!49)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!221 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!39) p.hw_global_ctrl p.pmu_global_ctrl)
                  p.pmu_global_ctrl))
      (a!236 (ite (= #x8 actp)
                  (ite a!60 a!233 p.hw_global_ctrl)
                  (ite (= #x9 actp)
                       (ite a!67 a!233 (ite a!99 p.hw_global_ctrl a!235))
                       p.hw_global_ctrl)))
      (a!251 (ite (= #x6 actp)
                  a!248
                  (ite (= #x9 actp)
                       (ite a!67
                            p.hw_perf_metrics@guest
                            (ite a!99 p.hw_perf_metrics@guest a!250))
                       p.hw_perf_metrics@guest)))
      (a!293 (ite (= #x4 actp)
                  a!269
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[0]@host|
                            (ite a!77 |p.pmu_gp_counter[0]@host| a!292))
                       |p.pmu_gp_counter[0]@host|)))
      (a!301 (ite (= #x4 actp)
                  a!295
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[1]@host|
                            (ite a!77 |p.pmu_gp_counter[1]@host| a!300))
                       |p.pmu_gp_counter[1]@host|)))
      (a!309 (ite (= #x4 actp)
                  a!303
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[2]@host|
                            (ite a!77 |p.pmu_gp_counter[2]@host| a!308))
                       |p.pmu_gp_counter[2]@host|)))
      (a!317 (ite (= #x4 actp)
                  a!311
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[3]@host|
                            (ite a!77 |p.pmu_gp_counter[3]@host| a!316))
                       |p.pmu_gp_counter[3]@host|)))
      (a!329 (ite (= #x4 actp)
                  a!319
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[0]@host|
                            (ite a!77 |p.pmu_fixed_counter[0]@host| a!328))
                       |p.pmu_fixed_counter[0]@host|)))
      (a!339 (ite (= #x4 actp)
                  a!331
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[1]@host|
                            (ite a!77 |p.pmu_fixed_counter[1]@host| a!338))
                       |p.pmu_fixed_counter[1]@host|)))
      (a!349 (ite (= #x4 actp)
                  a!341
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[2]@host|
                            (ite a!77 |p.pmu_fixed_counter[2]@host| a!348))
                       |p.pmu_fixed_counter[2]@host|)))
      (a!359 (ite (= #x4 actp)
                  a!351
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[3]@host|
                            (ite a!77 |p.pmu_fixed_counter[3]@host| a!358))
                       |p.pmu_fixed_counter[3]@host|)))
      (a!363 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!39) p.hw_global_ctrl@host p.pmu_global_ctrl@host)
                  p.pmu_global_ctrl@host))
      (a!380 (ite (= #x8 actp)
                  (ite a!60 false p.pending@host)
                  (ite (= #x9 actp)
                       (ite a!67 false p.pending@host)
                       (ite (= #xa actp) false p.pending@host))))
      (a!381 (ite (= #x8 actp)
                  (ite a!60 false p.pending@guest)
                  (ite (= #x9 actp)
                       (ite a!67 false p.pending@guest)
                       (ite (= #xa actp) false p.pending@guest))))
      (a!382 (ite (= #x7 actp)
                  (ite a!53 false p.pending_index@host)
                  (ite (= #x8 actp)
                       (ite a!60 false p.pending_index@host)
                       (ite (= #x9 actp)
                            (ite a!67 false p.pending_index@host)
                            p.pending_index@host))))
      (a!398 (ite (= #x0000038f #x0000030c)
                  (not (and (and cfg.enable_mediated_pmu a!72) a!177))
                  (ite (= #x0000038f #x0000038e) a!395 a!397))))
(let ((a!69 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!68))))
      (a!105 (ite (= #x1 actp)
                  a!94
                  (ite (= #x4 actp)
                       a!96
                       (ite (= #x5 actp)
                            (ite cfg.host_perf_metrics
                                 hvp.host_perf_activity.21
                                 p.hw_perf_metrics)
                            a!104))))
      (a!132 (ite (= #x4 actp)
                  a!123
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[0]@host|)
                       (ite (= #x9 actp) a!131 |p.hw_gp_ctr[0]@host|))))
      (a!139 (ite (= #x4 actp)
                  a!136
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[1]@host|)
                       (ite (= #x9 actp) a!138 |p.hw_gp_ctr[1]@host|))))
      (a!146 (ite (= #x4 actp)
                  a!143
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[2]@host|)
                       (ite (= #x9 actp) a!145 |p.hw_gp_ctr[2]@host|))))
      (a!153 (ite (= #x4 actp)
                  a!150
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[3]@host|)
                       (ite (= #x9 actp) a!152 |p.hw_gp_ctr[3]@host|))))
      (a!161 (ite (= #x4 actp)
                  a!157
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[0]@host|)
                       a!160)))
      (a!168 (ite (= #x4 actp)
                  a!165
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[1]@host|)
                       a!167)))
      (a!175 (ite (= #x4 actp)
                  a!172
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[2]@host|)
                       a!174)))
      (a!182 (ite (= #x4 actp)
                  a!179
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[3]@host|)
                       a!181)))
      (a!189 (ite (= #x3 actp)
                  a!184
                  (ite (= #x5 actp)
                       true
                       (ite (= #x7 actp)
                            (ite a!53 a!184 p.hw_global_ctrl@host)
                            a!188))))
      (a!201 (not (ite (= #x1 actp) a!195 (ite (= #x4 actp) a!197 a!200))))
      (a!215 (ite a!203
                  (= (ite (= #x0 actp)
                          (ite a!45 a!211 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd)
                     (bvnot a!214))
                  (= #xffffffffffffffff
                     (ite (= #x0 actp)
                          (ite a!45 a!211 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd))))
      (a!229 (ite (= #x9 actp)
                  (ite a!67 a!221 p.pmu_global_ctrl)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl
                            (ite a!77 p.pmu_global_ctrl a!228))
                       p.pmu_global_ctrl)))
      (a!237 (ite (= #x3 actp)
                  a!233
                  (ite (= #x5 actp)
                       hvp.host_perf_activity.19
                       (ite (= #x7 actp)
                            (ite a!53 a!233 p.hw_global_ctrl)
                            a!236))))
      (a!252 (ite (= #x1 actp)
                  a!245
                  (ite (= #x4 actp)
                       a!247
                       (ite (= #x5 actp)
                            (ite cfg.host_perf_metrics
                                 false
                                 p.hw_perf_metrics@guest)
                            a!251))))
      (a!368 (ite (= #x9 actp)
                  (ite a!67 a!363 p.pmu_global_ctrl@host)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl@host
                            (ite a!77 p.pmu_global_ctrl@host a!367))
                       p.pmu_global_ctrl@host)))
      (a!399 (ite (= #x0000038f #x0000030b)
                  (not (and (and cfg.enable_mediated_pmu a!72) a!170))
                  a!398))
      (a!408 (= cfg.hw_global_ctrl_valid
                (bvnot (ite (= #x0 actp)
                            (ite a!45 a!211 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd)))))
(let ((a!73 (and (= #b00 (ite (= #x1 actp) #b01 a!69))
                 (and cfg.enable_mediated_pmu a!72)))
      (a!90 (and (= #b01 (ite (= #x1 actp) #b01 a!69))
                 (and cfg.enable_mediated_pmu a!72)))
      (a!106 (=> (= #b1 ((_ extract 15 15) a!92))
                 (= a!105 (ite (= #x0 actp) a!74 a!81))))
      (a!120 (not (= #b00 (ite (= #x1 actp) #b01 a!69))))
      (a!133 (=> a!121 (not (ite (= #x1 actp) a!122 a!132))))
      (a!140 (=> a!134 (not (ite (= #x1 actp) a!135 a!139))))
      (a!147 (=> a!141 (not (ite (= #x1 actp) a!142 a!146))))
      (a!154 (=> a!148 (not (ite (= #x1 actp) a!149 a!153))))
      (a!162 (=> a!155 (not (ite (= #x1 actp) a!156 a!161))))
      (a!169 (=> a!163 (not (ite (= #x1 actp) a!164 a!168))))
      (a!176 (=> a!170 (not (ite (= #x1 actp) a!171 a!175))))
      (a!183 (=> a!177 (not (ite (= #x1 actp) a!178 a!182))))
      (a!190 (not (ite (= #x1 actp) a!184 (ite (= #x2 actp) a!185 a!189))))
      (a!230 (ite (= #x3 actp)
                  a!221
                  (ite (= #x7 actp)
                       (ite a!53 a!221 p.pmu_global_ctrl)
                       (ite (= #x8 actp)
                            (ite a!60 a!221 p.pmu_global_ctrl)
                            a!229))))
      (a!232 (and (= #b10 (ite (= #x1 actp) #b01 a!69))
                  (and cfg.enable_mediated_pmu a!72)
                  a!203))
      (a!238 (ite (= #x1 actp) a!233 (ite (= #x2 actp) a!234 a!237)))
      (a!254 (=> (= #b10 (ite (= #x1 actp) #b01 a!69))
                 (ite (= #x2 actp) true p.has_run)))
      (a!369 (ite (= #x3 actp)
                  a!363
                  (ite (= #x7 actp)
                       (ite a!53 a!363 p.pmu_global_ctrl@host)
                       (ite (= #x8 actp)
                            (ite a!60 a!363 p.pmu_global_ctrl@host)
                            a!368))))
      (a!400 (ite (= #x0000038f #x0000030a)
                  (not (and (and cfg.enable_mediated_pmu a!72) a!163))
                  a!399)))
(let ((a!202 (=> (and (and a!120 (and cfg.enable_mediated_pmu a!72))
                      cfg.host_perf_metrics)
                 a!201))
      (a!231 (= #x0000000000000000
                (bvand (ite (= #x0 actp)
                            (ite a!45 a!220 p.pmu_global_ctrl)
                            a!230)
                       (ite (= #x0 actp)
                            (ite a!45 a!211 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd))))
      (a!239 (= #x0000000000000000
                (bvand a!238
                       (ite (= #x0 actp)
                            (ite a!45 a!211 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd))))
      (a!240 (= #b1
                ((_ extract 48 48)
                  (ite (= #x0 actp) (ite a!45 a!220 p.pmu_global_ctrl) a!230))))
      (a!241 (=> (and a!120 (and cfg.enable_mediated_pmu a!72))
                 (not (= #b1 ((_ extract 48 48) a!238)))))
      (a!243 (and (and a!120 (and cfg.enable_mediated_pmu a!72))
                  (not (= #b1 ((_ extract 15 15) a!92)))))
      (a!253 (=> (not (ite (= #x2 actp) true p.has_run)) (or (not a!252) a!90)))
      (a!401 (ite (= #x0000038f #x00000309)
                  (not (and (and cfg.enable_mediated_pmu a!72) a!155))
                  a!400)))
(let ((a!242 (=> (not (= #b1 ((_ extract 15 15) a!92))) (and (not a!240) a!241)))
      (a!402 (ite (= #x0000038f #x000004c2)
                  a!389
                  (ite (= #x0000038f #x000004c3)
                       a!390
                       (ite (= #x0000038f #x000004c4) a!391 a!401)))))
(let ((a!403 (ite (= #x0000038f #x000000c4)
                  (not (and (and cfg.enable_mediated_pmu a!72) a!148))
                  (ite (= #x0000038f #x000004c1) a!388 a!402))))
(let ((a!404 (ite (= #x0000038f #x000000c3)
                  (not (and (and cfg.enable_mediated_pmu a!72) a!141))
                  a!403)))
(let ((a!405 (ite (= #x0000038f #x000000c2)
                  (not (and (and cfg.enable_mediated_pmu a!72) a!134))
                  a!404)))
(let ((a!406 (ite (= #x0000038f #x000000c1)
                  (not (and (and cfg.enable_mediated_pmu a!72) a!121))
                  a!405)))
(let ((a!407 (and (= #b10 (ite (= #x1 actp) #b01 a!69)) (not a!406))))
(let ((a!409 (and (=> (ite (= #x0 actp) a!50 a!52) a!73)
                  (= (ite (= #x0 actp) a!74 a!81) (ite (= #x0 actp) a!82 a!87))
                  (=> a!89 (and a!90 a!106))
                  (bvule (ite (= #x0 actp) (ite a!45 a!111 p.nr_gp) p.nr_gp)
                         cfg.host_nr_gp)
                  (bvule (ite (= #x0 actp)
                              (ite a!45 a!118 p.nr_fixed)
                              p.nr_fixed)
                         cfg.host_nr_fixed)
                  (bvule (ite (= #x0 actp)
                              (ite a!45 a!118 p.nr_fixed)
                              p.nr_fixed)
                         #x04)
                  a!119
                  (=> (and a!120 (and cfg.enable_mediated_pmu a!72))
                      (and a!133 a!140 a!147 a!154))
                  (=> (and a!120 (and cfg.enable_mediated_pmu a!72))
                      (and a!162 a!169 a!176 a!183))
                  (=> (and a!120 (and cfg.enable_mediated_pmu a!72))
                      (and a!190 (not a!193)))
                  a!202
                  a!215
                  (=> a!216 (and cfg.enable_mediated_pmu cfg.host_perf_metrics))
                  (=> a!203 a!231)
                  (=> a!232 a!239)
                  a!242
                  (=> a!243 (not a!252))
                  (=> a!73 (not a!252))
                  a!253
                  (=> (not cfg.host_perf_metrics) (not a!252))
                  a!254
                  a!255
                  a!256
                  a!257
                  (not (ite (= #x0 actp)
                            (ite a!45 a!260 p.nr_gp@host)
                            p.nr_gp@host))
                  (not (ite (= #x0 actp)
                            (ite a!45 a!263 p.gp_counter_bitmask@host)
                            p.gp_counter_bitmask@host))
                  (not (ite (= #x0 actp)
                            (ite a!45 a!267 p.fixed_counter_bitmask@host)
                            p.fixed_counter_bitmask@host))
                  (not (ite (= #x0 actp) a!268 a!293))
                  (not (ite (= #x0 actp) a!294 a!301))
                  (not (ite (= #x0 actp) a!302 a!309))
                  (not (ite (= #x0 actp) a!310 a!317))
                  (not (ite (= #x0 actp) a!318 a!329))
                  (not (ite (= #x0 actp) a!330 a!339))
                  (not (ite (= #x0 actp) a!340 a!349))
                  (not (ite (= #x0 actp) a!350 a!359))
                  (not (ite (= #x0 actp)
                            (ite a!45 a!362 p.pmu_global_ctrl@host)
                            a!369))
                  (not (ite (= #x0 actp) a!370 a!379))
                  (not (ite (= #x7 actp) (ite a!53 false p.pending@host) a!380))
                  (not (ite (= #x7 actp) (ite a!53 false p.pending@guest) a!381))
                  (not a!382)
                  (not (ite (= #x9 actp)
                            (ite a!67 false p.pending_data@host)
                            p.pending_data@host))
                  (not (ite (= #x0 actp) a!383 a!387))
                  (=> a!407 a!408))))
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
       (=> (and (= #b10 p.ctx) (not a!39))
           (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd)))
       a!44
       (bvult actp #xb)
       (not a!409)))))))))))))))))))))))
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
               cfg.host_perf_metrics)))
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
      (a!33 (ite (= #x0000038f #x0000038f)
                 a!32
                 (ite (= #x0000038f #x00000390)
                      a!32
                      (ite (= #x0000038f #x00000329) (or a!30 a!15) true)))))
(let ((a!34 (ite (= #x0000038f #x0000030b)
                 (not a!28)
                 (ite (= #x0000038f #x0000030c)
                      (not a!29)
                      (ite (= #x0000038f #x0000038e) a!32 a!33)))))
(let ((a!35 (ite (= #x0000038f #x000004c4)
                 (not a!25)
                 (ite (= #x0000038f #x00000309)
                      (not a!26)
                      (ite (= #x0000038f #x0000030a) (not a!27) a!34)))))
(let ((a!36 (ite (= #x0000038f #x000004c1)
                 (not a!22)
                 (ite (= #x0000038f #x000004c2)
                      (not a!23)
                      (ite (= #x0000038f #x000004c3) (not a!24) a!35)))))
(let ((a!37 (ite (= #x0000038f #x000000c2)
                 (not a!19)
                 (ite (= #x0000038f #x000000c3)
                      (not a!20)
                      (ite (= #x0000038f #x000000c4) (not a!21) a!36)))))
(let ((a!38 (and (= #b10 p.ctx)
                 (not (ite (= #x0000038f #x000000c1) (not a!18) a!37)))))
(let ((a!39 (not (=> a!38
                     (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd))))))
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
       (=> a!38 (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd)))
       a!39)))))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_nr_gp@host p.cpuid_gp_width p.cpuid_gp_width@host p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_fixed_width@host p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_gp@host p.nr_fixed p.gp_counter_bitmask p.gp_counter_bitmask@host p.fixed_counter_bitmask p.fixed_counter_bitmask@host p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_gp_ctr[0]@host| |p.hw_gp_ctr[1]@host| |p.hw_gp_ctr[2]@host| |p.hw_gp_ctr[3]@host| |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| |p.hw_fixed_ctr[0]@host| |p.hw_fixed_ctr[1]@host| |p.hw_fixed_ctr[2]@host| |p.hw_fixed_ctr[3]@host| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_ctrl@host p.hw_global_status@host p.hw_perf_metrics p.hw_perf_metrics@host p.hw_perf_metrics@guest |p.pmu_gp_counter[0]@host| |p.pmu_gp_counter[1]@host| |p.pmu_gp_counter[2]@host| |p.pmu_gp_counter[3]@host| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| |p.pmu_fixed_counter[0]@host| |p.pmu_fixed_counter[1]@host| |p.pmu_fixed_counter[2]@host| |p.pmu_fixed_counter[3]@host| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_ctrl@host p.pmu_global_status@host p.ctx p.pending p.pending@host p.pending@guest p.pending_index p.pending_index@host p.pending_data p.pending_data@host p.pending_data@guest p.after_put p.just_loaded p.pmu_perf_metrics p.pmu_perf_metrics@host p.pmu_perf_metrics@guest p.exp_pm
; invariant: (let ((a!1 (and (= #b00 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!2 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (=> (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) (= p.hw_perf_metrics p.pmu_perf_metrics))) (a!4 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!7 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_fixed)) #x0000000000000001) #x0000000000000020)) (a!8 (ite (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) #x0001000000000000 #x0000000000000000)) (a!10 (and (= #b10 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvugt p.pmu_version #x01))) (a!11 (not (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!14 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x00 p.nr_gp))) (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x01 p.nr_gp))) (a!16 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x02 p.nr_gp))) (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x03 p.nr_gp))) (a!22 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x00 p.nr_fixed))) (a!23 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x01 p.nr_fixed))) (a!24 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x02 p.nr_fixed))) (a!25 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x03 p.nr_fixed))) (a!26 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!27 (= (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) cfg.host_perf_metrics))) (let ((a!5 (=> a!4 (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|)) (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|)) (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|)) (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|))))) (a!6 (=> a!4 (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|)) (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|)) (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|)) (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|))))) (a!9 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp)) #x0000000000000001) a!7 a!8)) (a!12 (=> a!4 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl))))) (a!18 (and a!14 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!19 (and a!15 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!20 (and a!16 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!21 (and a!17 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!28 (or a!26 (not (= p.nr_gp cfg.host_nr_gp)) (not (= p.nr_fixed cfg.host_nr_fixed)) (not a!27) (not (bvugt p.pmu_version #x01))))) (let ((a!13 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!12)) (a!29 (ite (= #x0000038f #x0000038f) a!28 (ite (= #x0000038f #x00000390) a!28 (ite (= #x0000038f #x00000329) (or a!26 a!11) true))))) (let ((a!30 (ite (= #x0000038f #x0000030b) (not a!24) (ite (= #x0000038f #x0000030c) (not a!25) (ite (= #x0000038f #x0000038e) a!28 a!29))))) (let ((a!31 (ite (= #x0000038f #x000004c4) (not a!21) (ite (= #x0000038f #x00000309) (not a!22) (ite (= #x0000038f #x0000030a) (not a!23) a!30))))) (let ((a!32 (ite (= #x0000038f #x000004c1) (not a!18) (ite (= #x0000038f #x000004c2) (not a!19) (ite (= #x0000038f #x000004c3) (not a!20) a!31))))) (let ((a!33 (ite (= #x0000038f #x000000c2) (not a!15) (ite (= #x0000038f #x000000c3) (not a!16) (ite (= #x0000038f #x000000c4) (not a!17) a!32))))) (let ((a!34 (and (= #b10 p.ctx) (not (ite (= #x0000038f #x000000c1) (not a!14) a!33))))) (and (=> p.after_put a!1) (= p.pmu_perf_metrics p.exp_pm) (=> p.just_loaded (and a!2 a!3)) (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x04) (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed)) a!5 a!6 (=> a!4 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host))) (=> (and a!4 cfg.host_perf_metrics) (not p.hw_perf_metrics@host)) (ite (bvugt p.pmu_version #x01) (= p.global_ctrl_rsvd (bvnot a!9)) (= #xffffffffffffffff p.global_ctrl_rsvd)) (=> (= #b1 ((_ extract 15 15) p.perf_caps)) (and cfg.enable_mediated_pmu cfg.host_perf_metrics)) (=> (bvugt p.pmu_version #x01) (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))) (=> a!10 (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd))) (=> a!11 a!13) (=> (and a!4 a!11) (not p.hw_perf_metrics@guest)) (=> a!1 (not p.hw_perf_metrics@guest)) (=> (not p.has_run) (or (not p.hw_perf_metrics@guest) a!2)) (=> (not cfg.host_perf_metrics) (not p.hw_perf_metrics@guest)) (=> (= #b10 p.ctx) p.has_run) (not p.cpuid_nr_gp@host) (not p.cpuid_gp_width@host) (not p.cpuid_fixed_width@host) (not p.nr_gp@host) (not p.gp_counter_bitmask@host) (not p.fixed_counter_bitmask@host) (not |p.pmu_gp_counter[0]@host|) (not |p.pmu_gp_counter[1]@host|) (not |p.pmu_gp_counter[2]@host|) (not |p.pmu_gp_counter[3]@host|) (not |p.pmu_fixed_counter[0]@host|) (not |p.pmu_fixed_counter[1]@host|) (not |p.pmu_fixed_counter[2]@host|) (not |p.pmu_fixed_counter[3]@host|) (not p.pmu_global_ctrl@host) (not p.pmu_global_status@host) (not p.pending@host) (not p.pending@guest) (not p.pending_index@host) (not p.pending_data@host) (not p.pmu_perf_metrics@host) (=> a!34 (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd))))))))))))
; trigger: reached at depth 3
