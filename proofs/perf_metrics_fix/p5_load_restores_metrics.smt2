; vpmu-formal-certificate-1
; spec: perf_metrics_fix
; property: p5_load_restores_metrics
; key: fbefb3963f884d1f9e7b0b40cc088c973fcc8765a31a4222895bb0a164e8c4d9
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.exp_pm () (_ BitVec 64))
(declare-fun p.hw_perf_metrics () (_ BitVec 64))
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun p.cpuid_pdcm () Bool)
(declare-fun p.just_loaded () Bool)
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
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.hw_perf_metrics@guest () Bool)
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
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
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.pmu_perf_metrics () (_ BitVec 64))
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
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_count.delta () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.21 () (_ BitVec 64))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
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
      (a!14 (and p.just_loaded
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
      (a!12 (=> a!4 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl))))))
(let ((a!13 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!12)))
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
       (=> a!14 (= p.hw_perf_metrics p.exp_pm)))))))
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
      (a!19 (and p.just_loaded
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
      (a!17 (=> a!9 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl))))))
(let ((a!18 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!17)))
(let ((a!20 (and (=> p.after_put a!6)
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
                 (=> a!19 (= p.hw_perf_metrics p.exp_pm)))))
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
       (not a!20)))))))
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
      (a!18 (and p.just_loaded
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (and (= #x8 actp)
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
      (a!20 (and (= #x9 actp)
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
      (a!21 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!24 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!25 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       (ite cfg.host_perf_metrics
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!26 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!27 (not (or (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width)))))
      (a!30 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 true
                 p.after_put))
      (a!32 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!33 (= (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               cfg.host_perf_metrics))
      (a!36 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!37 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!38 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!39 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!44 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!45 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!46 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!47 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!69 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.hw_perf_metrics
                 p.pmu_perf_metrics))
      (a!71 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!72 (and (= #x00000329
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!77 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.hw_perf_metrics
                 p.exp_pm))
      (a!82 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 true
                 p.just_loaded))
      (a!89 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 #x0000000000000000
                 p.hw_perf_metrics))
      (a!91 (ite (and cfg.host_perf_metrics
                      (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))
                 (bvadd p.hw_perf_metrics inp.guest_count.delta)
                 p.hw_perf_metrics))
      (a!92 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                      (bvult inp.guest_wrmsr.msr #x000004c5))
                 (bvsub inp.guest_wrmsr.msr #x000004c1)
                 (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                           (bvult inp.guest_wrmsr.msr #x0000018a))
                      (bvsub inp.guest_wrmsr.msr #x00000186)
                      (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!95 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                      (bvult inp.guest_wrmsr.msr #x0000030d))
                 (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                        ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!96 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 p.hw_perf_metrics
                 (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                           cfg.host_perf_metrics)
                      inp.guest_wrmsr.data
                      p.hw_perf_metrics)))
      (a!101 (not (= #x00
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!102 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                              p.cpuid_nr_gp
                              (ite p.has_run
                                   p.cpuid_nr_gp
                                   inp.kvm_set_config.gp))
                         (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_nr_gp
                       (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                  (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!106 (not (= #x01
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!107 (ite cfg.enable_mediated_pmu
                  (ite (bvult cfg.host_nr_fixed #x04) cfg.host_nr_fixed #x04)
                  (ite (bvult cfg.host_nr_fixed #x03) cfg.host_nr_fixed #x03)))
      (a!115 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_gp_counter[0]@host|
                       |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!116 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) false |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!117 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000001 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!118 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000101 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!119 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110000110 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!120 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110001010 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!122 (= (bvnot (bvor cfg.host_gp_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!127 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_gp_counter[1]@host|
                       |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!128 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) false |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!133 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_gp_counter[2]@host|
                       |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!134 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) false |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!139 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_gp_counter[3]@host|
                       |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!140 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) false |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!145 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.pmu_fixed_counter[0]@host|
                       |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!146 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed) false |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!147 (= (bvnot (bvor cfg.host_fixed_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!152 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.pmu_fixed_counter[1]@host|
                       |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!153 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed) false |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!158 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.pmu_fixed_counter[2]@host|
                       |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!159 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed) false |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!164 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.pmu_fixed_counter[3]@host|
                       |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!165 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed) false |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!170 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_ctrl@host))
      (a!171 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl@host
                  p.hw_global_ctrl@host))
      (a!172 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!177 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_status@host))
      (a!178 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (or p.hw_global_status@host p.hw_global_status@host)
                  p.hw_global_status@host))
      (a!182 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  false
                  p.hw_perf_metrics@host))
      (a!184 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  p.hw_perf_metrics@host
                  (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                            cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@host)))
      (a!215 (bvor (bvnot p.global_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!216 (or (= (ite (= p.pending #b00)
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
      (a!226 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!227 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!239 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  false
                  p.hw_perf_metrics@guest))
      (a!241 (ite (and cfg.host_perf_metrics
                       (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))
                  true
                  p.hw_perf_metrics@guest))
      (a!242 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  p.hw_perf_metrics@guest
                  (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                            cfg.host_perf_metrics)
                       true
                       p.hw_perf_metrics@guest)))
      (a!248 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_nr_gp@host
                            (ite p.has_run p.cpuid_nr_gp@host false))
                       p.cpuid_nr_gp@host)))
      (a!249 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_gp_width@host
                            (ite p.has_run p.cpuid_gp_width@host false))
                       p.cpuid_gp_width@host)))
      (a!250 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_fixed_width@host
                            (ite p.has_run p.cpuid_fixed_width@host false))
                       p.cpuid_fixed_width@host)))
      (a!262 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.hw_gp_ctr[0]@host|
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!263 (and (= #x0000038d
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (bvugt p.pmu_version #x01)))
      (a!264 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c5)))
      (a!265 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c5)))
      (a!267 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000018a)))
      (a!270 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 11) p.pending_index))
                     #b000000000000000000000)))
      (a!273 (bvor p.gp_counter_bitmask
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!275 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 9) p.pending_index))
                     #b00000000000000000000000)))
      (a!280 (or p.pending@host
                 (or p.pending@host p.pending_index@host)
                 (or p.pending@host p.pending_index@host)
                 (or p.pending@host p.pending_data@host)
                 (or p.pending@host p.pending_data@host)
                 p.gp_counter_bitmask@host))
      (a!288 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.hw_gp_ctr[1]@host|
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!296 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.hw_gp_ctr[2]@host|
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!304 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.hw_gp_ctr[3]@host|
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!312 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.hw_fixed_ctr[0]@host|
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!313 (bvult (bvsub (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x00000309)
                    ((_ zero_extend 24) p.nr_fixed)))
      (a!324 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.hw_fixed_ctr[1]@host|
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!334 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.hw_fixed_ctr[2]@host|
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!344 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.hw_fixed_ctr[3]@host|
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!364 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_status@host
                  p.pmu_global_status@host))
      (a!365 (bvor (bvnot p.global_status_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!377 (ite (= #b1
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
      (a!22 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!21)))
      (a!28 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!25) #x0000000000000000) p.cpuid_pdcm a!26)
                 (or (not p.has_run) a!27)))
      (a!31 (ite (= #x1 actp)
                 false
                 (ite (= #x4 actp) a!30 (ite (= #x5 actp) false p.after_put))))
      (a!34 (or a!32
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not a!33)))
      (a!40 (and a!36
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!41 (and a!37
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!42 (and a!38
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!43 (and a!39
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!70 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!69
                 p.pmu_perf_metrics))
      (a!73 (ite a!72
                 (ite (= p.pending #b00)
                      (ite (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.data
                           p.pending_data)
                      p.pmu_perf_metrics)
                 p.pmu_perf_metrics))
      (a!78 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!77
                 p.exp_pm))
      (a!79 (ite a!72
                 (ite (= p.pending #b00)
                      (ite (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.data
                           p.pending_data)
                      p.exp_pm)
                 p.exp_pm))
      (a!83 (ite (= #x1 actp)
                 a!82
                 (ite (= #x2 actp) false (ite (= #x4 actp) false p.just_loaded))))
      (a!85 (ite (and (= (bvnot a!25) #x0000000000000000) p.cpuid_pdcm a!26)
                 inp.kvm_set_config.data
                 p.perf_caps))
      (a!87 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.pmu_perf_metrics
                 (ite (and a!15 cfg.host_perf_metrics)
                      #x0000000000000000
                      p.hw_perf_metrics)))
      (a!90 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!89
                 p.hw_perf_metrics))
      (a!93 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                      (bvult inp.guest_wrmsr.msr #x000000c5))
                 (bvult a!92 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!94 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                      (bvult inp.guest_wrmsr.msr #x000004c5))
                 (bvult a!92 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!108 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                              p.cpuid_nr_fixed
                              (ite p.has_run
                                   p.cpuid_nr_fixed
                                   inp.kvm_set_config.fixed))
                         a!107)
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_nr_fixed
                       (ite p.has_run p.cpuid_nr_fixed inp.kvm_set_config.fixed))
                  a!107))
      (a!121 (ite (and a!117 (not a!118))
                  (bvadd #xfffffb3f inp.guest_wrmsr.msr)
                  (ite (and a!119 (not a!120))
                       (bvadd #xfffffe7a inp.guest_wrmsr.msr)
                       (bvadd #xffffff3f inp.guest_wrmsr.msr))))
      (a!148 (ite a!95
                  (ite (and a!147 (= inp.guest_wrmsr.msr #x00000309))
                       false
                       |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!154 (ite a!95
                  (ite (and a!147 (= inp.guest_wrmsr.msr #x0000030a))
                       false
                       |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!160 (ite a!95
                  (ite (and a!147 (= inp.guest_wrmsr.msr #x0000030b))
                       false
                       |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!166 (ite a!95
                  (ite (and a!147 (= inp.guest_wrmsr.msr #x0000030c))
                       false
                       |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!179 (ite (= #x1 actp)
                  a!177
                  (ite (= #x4 actp)
                       a!178
                       (ite (= #x5 actp) true p.hw_global_status@host))))
      (a!180 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  p.pmu_perf_metrics@host
                  (ite (and a!15 cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@host)))
      (a!183 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!182
                  p.hw_perf_metrics@host))
      (a!217 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                 (not a!216)))
      (a!237 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  p.pmu_perf_metrics@guest
                  (ite (and a!15 cfg.host_perf_metrics)
                       false
                       p.hw_perf_metrics@guest)))
      (a!240 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!239
                  p.hw_perf_metrics@guest))
      (a!266 (and a!265
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!268 (ite a!267
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)))
      (a!271 (or a!270
                 (bvule #b10011000001
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!272 (or a!270
                 (bvule #b10011000101
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!276 (or a!275
                 (bvule #b110000110
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!277 (or a!275
                 (bvule #b110001010
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!314 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000309)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000030d)
                  a!313))
      (a!378 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!377
                  p.pmu_perf_metrics@host))
      (a!379 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72
                       (ite (= p.pending #b00)
                            (or p.pending@host p.pending_data@host)
                            p.pmu_perf_metrics@host)
                       p.pmu_perf_metrics@host)
                  p.pmu_perf_metrics@host)))
(let ((a!17 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!16))
      (a!23 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!19
                a!20
                a!22))
      (a!29 (ite a!24
                 (ite (and (not p.has_run) a!28) false p.after_put)
                 p.after_put))
      (a!35 (or cfg.enable_vmware_backdoor
                a!34
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!48 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!34 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inp.guest_rdmsr.msr) (or a!32 a!15) true)))
      (a!55 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!34 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inp.guest_wrmsr.msr) (or a!32 a!15) true)))
      (a!64 (ite (and (not p.has_run) a!28)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!28) #x00 p.pmu_version)))
      (a!68 (ite a!24
                 (ite (and (not p.has_run) a!28)
                      #x0000000000000000
                      p.pmu_perf_metrics)
                 p.pmu_perf_metrics))
      (a!74 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!73
                 p.pmu_perf_metrics))
      (a!76 (ite a!24
                 (ite (and (not p.has_run) a!28) #x0000000000000000 p.exp_pm)
                 p.exp_pm))
      (a!80 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!79
                 p.exp_pm))
      (a!86 (ite (ite (= #x0 actp)
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_pdcm
                           (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                      p.cpuid_pdcm)
                 (ite (= #x0 actp)
                      (ite inp.kvm_set_config.set_perf_caps a!85 p.perf_caps)
                      p.perf_caps)
                 #x0000000000000000))
      (a!88 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!87
                 p.hw_perf_metrics))
      (a!97 (ite a!94
                 p.hw_perf_metrics
                 (ite a!95
                      p.hw_perf_metrics
                      (ite (= #x0000038f inp.guest_wrmsr.msr)
                           p.hw_perf_metrics
                           a!96))))
      (a!103 (ite (and (not p.has_run) a!28)
                  a!102
                  (ite (and (not p.has_run) a!28) #x00 p.nr_gp)))
      (a!109 (ite (and (not p.has_run) a!28)
                  a!108
                  (ite (and (not p.has_run) a!28) #x00 p.nr_fixed)))
      (a!123 (ite a!94
                  (ite (and a!122 (= a!121 #x00000000))
                       false
                       |p.hw_gp_ctr[0]@host|)
                  |p.hw_gp_ctr[0]@host|))
      (a!129 (ite a!94
                  (ite (and a!122 (= a!121 #x00000001))
                       false
                       |p.hw_gp_ctr[1]@host|)
                  |p.hw_gp_ctr[1]@host|))
      (a!135 (ite a!94
                  (ite (and a!122 (= a!121 #x00000002))
                       false
                       |p.hw_gp_ctr[2]@host|)
                  |p.hw_gp_ctr[2]@host|))
      (a!141 (ite a!94
                  (ite (and a!122 (= a!121 #x00000003))
                       false
                       |p.hw_gp_ctr[3]@host|)
                  |p.hw_gp_ctr[3]@host|))
      (a!173 (ite a!94
                  p.hw_global_ctrl@host
                  (ite a!95
                       p.hw_global_ctrl@host
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!172 false p.hw_global_ctrl@host)
                            p.hw_global_ctrl@host))))
      (a!181 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!180
                  p.hw_perf_metrics@host))
      (a!185 (ite a!94
                  p.hw_perf_metrics@host
                  (ite a!95
                       p.hw_perf_metrics@host
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_perf_metrics@host
                            a!184))))
      (a!190 ((_ extract 15 15)
               (ite (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_pdcm
                         (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                    (ite inp.kvm_set_config.set_perf_caps a!85 p.perf_caps)
                    #x0000000000000000)))
      (a!202 (= #b1
                ((_ extract 15 15)
                  (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps a!85 p.perf_caps)
                       p.perf_caps))))
      (a!207 (ite (= #x0000038f #x00000390)
                  (or a!34 (not (bvugt p.pmu_version #x01)))
                  (ite (= #x0000038f #x00000329) (or a!32 a!15) true)))
      (a!218 (ite (and (= (bvnot a!215) #x0000000000000000) a!217)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.pmu_global_ctrl))
      (a!228 (ite a!94
                  p.hw_global_ctrl
                  (ite a!95
                       p.hw_global_ctrl
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!172 inp.guest_wrmsr.data p.hw_global_ctrl)
                            p.hw_global_ctrl))))
      (a!238 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!237
                  p.hw_perf_metrics@guest))
      (a!243 (ite a!94
                  p.hw_perf_metrics@guest
                  (ite a!95
                       p.hw_perf_metrics@guest
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_perf_metrics@guest
                            a!242))))
      (a!251 (ite (and (not p.has_run) a!28)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false)))
                  (ite (and (not p.has_run) a!28) false p.nr_gp@host)))
      (a!254 (ite (and (not p.has_run) a!28)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false)))
                  (ite (and (not p.has_run) a!28)
                       false
                       p.gp_counter_bitmask@host)))
      (a!257 (ite (and (not p.has_run) a!28)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false)))
                  (ite (and (not p.has_run) a!28)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!261 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!269 (ite a!265
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  a!268))
      (a!274 (and a!271 (not a!272) (not (= (bvnot a!273) #x0000000000000000))))
      (a!278 (ite (and a!276 (not a!277))
                  (bvadd #xfffffe7a
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  (bvadd #xffffff3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))))
      (a!287 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!295 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!303 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!311 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!315 (and a!217
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x00000309)))
      (a!323 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!325 (and a!217
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030a)))
      (a!333 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!335 (and a!217
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030b)))
      (a!343 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!345 (and a!217
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030c)))
      (a!357 (ite (and (= (bvnot a!215) #x0000000000000000) a!217)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_ctrl@host))
      (a!363 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!366 (ite (and (= (bvnot a!365) #x0000000000000000)
                       (= p.pending #b00)
                       a!217)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_status@host))
      (a!367 (ite (and (= (bvnot a!365) #x0000000000000000) a!217)
                  (or p.pmu_global_status@host
                      (or p.pending@host p.pending_data@host))
                  p.pmu_global_status@host))
      (a!376 (ite a!24
                  (ite (and (not p.has_run) a!28) false p.pmu_perf_metrics@host)
                  p.pmu_perf_metrics@host))
      (a!380 (ite (= #x4 actp)
                  a!378
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_perf_metrics@host
                            (ite a!71 p.pmu_perf_metrics@host a!379))
                       p.pmu_perf_metrics@host))))
(let ((a!49 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!34 (not (bvugt p.pmu_version #x01)))
                 a!48))
      (a!56 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!34 (not (bvugt p.pmu_version #x01)))
                 a!55))
      (a!65 (ite cfg.vm_enable_pmu
                 a!64
                 (ite (and (not p.has_run) a!28) #x00 p.pmu_version)))
      (a!75 (ite (= #x4 actp)
                 a!70
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           p.pmu_perf_metrics
                           (ite a!71 p.pmu_perf_metrics a!74))
                      p.pmu_perf_metrics)))
      (a!81 (ite (= #x4 actp)
                 a!78
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending) p.exp_pm (ite a!71 p.exp_pm a!80))
                      p.exp_pm)))
      (a!104 (ite a!101 a!103 (ite (and (not p.has_run) a!28) #x00 p.nr_gp)))
      (a!110 (ite a!106 a!109 (ite (and (not p.has_run) a!28) #x00 p.nr_fixed)))
      (a!191 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!109))
                           #x0000000000000001)
                    #x0000000000000020))
      (a!203 (or (bvugt a!64 #x01)
                 (and cfg.enable_mediated_pmu (not (= #x00 a!64)))))
      (a!208 (ite (= #x0000038f #x0000038f)
                  (or a!34 (not (bvugt p.pmu_version #x01)))
                  a!207))
      (a!219 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!218
                  p.pmu_global_ctrl))
      (a!252 (ite a!101
                  a!251
                  (ite (and (not p.has_run) a!28) false p.nr_gp@host)))
      (a!255 (ite a!101
                  a!254
                  (ite (and (not p.has_run) a!28)
                       false
                       p.gp_counter_bitmask@host)))
      (a!258 (ite a!106
                  a!257
                  (ite (and (not p.has_run) a!28)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!279 (ite (and a!271 (not a!272))
                  (bvadd #xfffffb3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  a!278))
      (a!316 (ite a!314
                  (ite a!315
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!326 (ite a!314
                  (ite a!325
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!336 (ite a!314
                  (ite a!335
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!346 (ite a!314
                  (ite a!345
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!358 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!357
                  p.pmu_global_ctrl@host))
      (a!368 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not (= #b00 p.pending)) a!367 p.pmu_global_status@host)
                  p.pmu_global_status@host)))
(let ((a!50 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!34 (not (bvugt p.pmu_version #x01)))
                 a!49))
      (a!57 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!34 (not (bvugt p.pmu_version #x01)))
                 a!56))
      (a!66 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!24 a!65 p.pmu_version)
                         p.pmu_version))))
      (a!105 (ite cfg.vm_enable_pmu
                  a!104
                  (ite (and (not p.has_run) a!28) #x00 p.nr_gp)))
      (a!111 (ite a!101 a!110 (ite (and (not p.has_run) a!28) #x00 p.nr_fixed)))
      (a!189 (bvugt (ite (= #x0 actp)
                         (ite a!24 a!65 p.pmu_version)
                         p.pmu_version)
                    #x01))
      (a!192 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!103))
                          #x0000000000000001)
                   a!191))
      (a!204 (ite (and (not p.has_run) a!28)
                  (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!104))
                         #x0000000000000001)
                  (ite (and (not p.has_run) a!28)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!209 (ite (= #x0000038f #x0000038e)
                  (or a!34 (not (bvugt p.pmu_version #x01)))
                  a!208))
      (a!220 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl
                  a!219))
      (a!253 (ite cfg.vm_enable_pmu
                  a!252
                  (ite (and (not p.has_run) a!28) false p.nr_gp@host)))
      (a!256 (ite cfg.vm_enable_pmu
                  a!255
                  (ite (and (not p.has_run) a!28)
                       false
                       p.gp_counter_bitmask@host)))
      (a!259 (ite a!101
                  a!258
                  (ite (and (not p.has_run) a!28)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!281 (ite (and (or a!264 a!266)
                       (bvult a!269 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!274) a!217 (= a!279 #x00000000))
                       a!280
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!289 (ite (and (or a!264 a!266)
                       (bvult a!269 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!274) a!217 (= a!279 #x00000001))
                       a!280
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!297 (ite (and (or a!264 a!266)
                       (bvult a!269 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!274) a!217 (= a!279 #x00000002))
                       a!280
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!305 (ite (and (or a!264 a!266)
                       (bvult a!269 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!274) a!217 (= a!279 #x00000003))
                       a!280
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!317 (ite (and (or a!264 a!266)
                       (bvult a!269 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[0]@host|
                  a!316))
      (a!327 (ite (and (or a!264 a!266)
                       (bvult a!269 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[1]@host|
                  a!326))
      (a!337 (ite (and (or a!264 a!266)
                       (bvult a!269 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[2]@host|
                  a!336))
      (a!347 (ite (and (or a!264 a!266)
                       (bvult a!269 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[3]@host|
                  a!346))
      (a!353 (ite (and (not p.has_run) a!28)
                  a!252
                  (ite (and (not p.has_run) a!28) false p.pmu_global_ctrl@host)))
      (a!359 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl@host
                  a!358))
      (a!369 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_status@host
                  a!368)))
(let ((a!51 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!45)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!46)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!47) a!50))))
      (a!58 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!45)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!46)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!47) a!57))))
      (a!112 (ite cfg.vm_enable_pmu
                  a!111
                  (ite (and (not p.has_run) a!28) #x00 p.nr_fixed)))
      (a!193 (ite (and (not p.has_run) a!28)
                  (bvnot a!192)
                  (ite (and (not p.has_run) a!28)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!198 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!24 a!105 p.nr_gp) p.nr_gp))))
      (a!205 (ite (and (not (= #x00 a!104)) a!203)
                  a!204
                  (ite (and (not p.has_run) a!28)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!210 (ite (= #x0000038f #x0000030a)
                  (not a!45)
                  (ite (= #x0000038f #x0000030b)
                       (not a!46)
                       (ite (= #x0000038f #x0000030c) (not a!47) a!209))))
      (a!221 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 p.pmu_global_ctrl a!220)
                  p.pmu_global_ctrl))
      (a!260 (ite cfg.vm_enable_pmu
                  a!259
                  (ite (and (not p.has_run) a!28)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!282 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  (ite a!263 |p.pmu_gp_counter[0]@host| a!281)))
      (a!290 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  (ite a!263 |p.pmu_gp_counter[1]@host| a!289)))
      (a!298 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  (ite a!263 |p.pmu_gp_counter[2]@host| a!297)))
      (a!306 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  (ite a!263 |p.pmu_gp_counter[3]@host| a!305)))
      (a!318 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  (ite a!263 |p.pmu_fixed_counter[0]@host| a!317)))
      (a!328 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  (ite a!263 |p.pmu_fixed_counter[1]@host| a!327)))
      (a!338 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  (ite a!263 |p.pmu_fixed_counter[2]@host| a!337)))
      (a!348 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  (ite a!263 |p.pmu_fixed_counter[3]@host| a!347)))
      (a!354 (ite (and (not (= #x00 a!104)) a!203)
                  a!353
                  (ite (and (not p.has_run) a!28) false p.pmu_global_ctrl@host)))
      (a!360 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 p.pmu_global_ctrl@host a!359)
                  p.pmu_global_ctrl@host))
      (a!370 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!366
                  a!369)))
(let ((a!52 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!42)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!43)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!44) a!51))))
      (a!59 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!42)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!43)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!44) a!58))))
      (a!113 (=> (bvule (ite (= #x0 actp)
                             (ite a!24 a!65 p.pmu_version)
                             p.pmu_version)
                        #x01)
                 (= #x00
                    (ite (= #x0 actp) (ite a!24 a!112 p.nr_fixed) p.nr_fixed))))
      (a!194 (ite a!106
                  a!193
                  (ite (and (not p.has_run) a!28)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!199 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!24 a!112 p.nr_fixed) p.nr_fixed))))
      (a!206 (ite cfg.vm_enable_pmu
                  a!205
                  (ite (and (not p.has_run) a!28)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!211 (ite (= #x0000038f #x000004c3)
                  (not a!42)
                  (ite (= #x0000038f #x000004c4)
                       (not a!43)
                       (ite (= #x0000038f #x00000309) (not a!44) a!210))))
      (a!283 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!282))
      (a!291 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!290))
      (a!299 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!298))
      (a!307 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!306))
      (a!319 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!318))
      (a!329 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!328))
      (a!339 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!338))
      (a!349 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!348))
      (a!355 (ite cfg.vm_enable_pmu
                  a!354
                  (ite (and (not p.has_run) a!28) false p.pmu_global_ctrl@host)))
      (a!371 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 p.pmu_global_status@host a!370)
                  p.pmu_global_status@host)))
(let ((a!53 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!39)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!40)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!41) a!52))))
      (a!60 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!39)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!40)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!41) a!59))))
      (a!195 (ite a!101
                  a!194
                  (ite (and (not p.has_run) a!28)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!200 (bvor (bvsub a!198 #x0000000000000001)
                   (bvshl (bvsub a!199 #x0000000000000001) #x0000000000000020)
                   (ite (= #b1 ((_ extract 15 15) a!86))
                        #x0001000000000000
                        #x0000000000000000)))
      (a!212 (ite (= #x0000038f #x000000c4)
                  (not a!39)
                  (ite (= #x0000038f #x000004c1)
                       (not a!40)
                       (ite (= #x0000038f #x000004c2) (not a!41) a!211))))
      (a!284 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!283))
      (a!292 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!291))
      (a!300 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!299))
      (a!308 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!307))
      (a!320 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!319))
      (a!330 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!329))
      (a!340 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!339))
      (a!350 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!349))
      (a!372 (ite (= #x4 actp)
                  a!364
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_status@host
                            (ite a!71 p.pmu_global_status@host a!371))
                       p.pmu_global_status@host))))
(let ((a!54 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!36)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!37)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!38) a!53))))
      (a!61 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!36)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!37)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!38) a!60))))
      (a!196 (ite (and a!101 a!106 (= #b1 a!190))
                  (ite (and (not p.has_run) a!28)
                       (bvand a!195 (bvnot #x0001000000000000))
                       a!195)
                  a!195))
      (a!213 (ite (= #x0000038f #x000000c1)
                  (not a!36)
                  (ite (= #x0000038f #x000000c2)
                       (not a!37)
                       (ite (= #x0000038f #x000000c3) (not a!38) a!212))))
      (a!285 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_gp_counter[0]@host| a!284)
                  |p.pmu_gp_counter[0]@host|))
      (a!293 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_gp_counter[1]@host| a!292)
                  |p.pmu_gp_counter[1]@host|))
      (a!301 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_gp_counter[2]@host| a!300)
                  |p.pmu_gp_counter[2]@host|))
      (a!309 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_gp_counter[3]@host| a!308)
                  |p.pmu_gp_counter[3]@host|))
      (a!321 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_fixed_counter[0]@host| a!320)
                  |p.pmu_fixed_counter[0]@host|))
      (a!331 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_fixed_counter[1]@host| a!330)
                  |p.pmu_fixed_counter[1]@host|))
      (a!341 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_fixed_counter[2]@host| a!340)
                  |p.pmu_fixed_counter[2]@host|))
      (a!351 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_fixed_counter[3]@host| a!350)
                  |p.pmu_fixed_counter[3]@host|)))
(let ((a!62 (ite (= #x7 actp)
                 (ite a!35 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!54 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!61 #b01 p.ctx) p.ctx))))
      (a!98 (ite (= #x6 actp)
                 a!91
                 (ite (= #x9 actp)
                      (ite a!61
                           p.hw_perf_metrics
                           (ite a!93 p.hw_perf_metrics a!97))
                      p.hw_perf_metrics)))
      (a!124 (ite a!61
                  |p.hw_gp_ctr[0]@host|
                  (ite a!93
                       (ite (= a!121 #x00000000) false |p.hw_gp_ctr[0]@host|)
                       a!123)))
      (a!130 (ite a!61
                  |p.hw_gp_ctr[1]@host|
                  (ite a!93
                       (ite (= a!121 #x00000001) false |p.hw_gp_ctr[1]@host|)
                       a!129)))
      (a!136 (ite a!61
                  |p.hw_gp_ctr[2]@host|
                  (ite a!93
                       (ite (= a!121 #x00000002) false |p.hw_gp_ctr[2]@host|)
                       a!135)))
      (a!142 (ite a!61
                  |p.hw_gp_ctr[3]@host|
                  (ite a!93
                       (ite (= a!121 #x00000003) false |p.hw_gp_ctr[3]@host|)
                       a!141)))
      (a!149 (ite (= #x9 actp)
                  (ite a!61
                       |p.hw_fixed_ctr[0]@host|
                       (ite a!93
                            |p.hw_fixed_ctr[0]@host|
                            (ite a!94 |p.hw_fixed_ctr[0]@host| a!148)))
                  |p.hw_fixed_ctr[0]@host|))
      (a!155 (ite (= #x9 actp)
                  (ite a!61
                       |p.hw_fixed_ctr[1]@host|
                       (ite a!93
                            |p.hw_fixed_ctr[1]@host|
                            (ite a!94 |p.hw_fixed_ctr[1]@host| a!154)))
                  |p.hw_fixed_ctr[1]@host|))
      (a!161 (ite (= #x9 actp)
                  (ite a!61
                       |p.hw_fixed_ctr[2]@host|
                       (ite a!93
                            |p.hw_fixed_ctr[2]@host|
                            (ite a!94 |p.hw_fixed_ctr[2]@host| a!160)))
                  |p.hw_fixed_ctr[2]@host|))
      (a!167 (ite (= #x9 actp)
                  (ite a!61
                       |p.hw_fixed_ctr[3]@host|
                       (ite a!93
                            |p.hw_fixed_ctr[3]@host|
                            (ite a!94 |p.hw_fixed_ctr[3]@host| a!166)))
                  |p.hw_fixed_ctr[3]@host|))
      (a!174 (ite (= #x8 actp)
                  (ite a!54 a!170 p.hw_global_ctrl@host)
                  (ite (= #x9 actp)
                       (ite a!61 a!170 (ite a!93 p.hw_global_ctrl@host a!173))
                       p.hw_global_ctrl@host)))
      (a!186 (ite (= #x5 actp)
                  (ite cfg.host_perf_metrics true p.hw_perf_metrics@host)
                  (ite (= #x9 actp)
                       (ite a!61
                            p.hw_perf_metrics@host
                            (ite a!93 p.hw_perf_metrics@host a!185))
                       p.hw_perf_metrics@host)))
      (a!197 (ite cfg.vm_enable_pmu
                  a!196
                  (ite (and (not p.has_run) a!28)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!214 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!213) p.hw_global_ctrl p.pmu_global_ctrl)
                  p.pmu_global_ctrl))
      (a!229 (ite (= #x8 actp)
                  (ite a!54 a!226 p.hw_global_ctrl)
                  (ite (= #x9 actp)
                       (ite a!61 a!226 (ite a!93 p.hw_global_ctrl a!228))
                       p.hw_global_ctrl)))
      (a!244 (ite (= #x6 actp)
                  a!241
                  (ite (= #x9 actp)
                       (ite a!61
                            p.hw_perf_metrics@guest
                            (ite a!93 p.hw_perf_metrics@guest a!243))
                       p.hw_perf_metrics@guest)))
      (a!286 (ite (= #x4 actp)
                  a!262
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[0]@host|
                            (ite a!71 |p.pmu_gp_counter[0]@host| a!285))
                       |p.pmu_gp_counter[0]@host|)))
      (a!294 (ite (= #x4 actp)
                  a!288
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[1]@host|
                            (ite a!71 |p.pmu_gp_counter[1]@host| a!293))
                       |p.pmu_gp_counter[1]@host|)))
      (a!302 (ite (= #x4 actp)
                  a!296
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[2]@host|
                            (ite a!71 |p.pmu_gp_counter[2]@host| a!301))
                       |p.pmu_gp_counter[2]@host|)))
      (a!310 (ite (= #x4 actp)
                  a!304
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[3]@host|
                            (ite a!71 |p.pmu_gp_counter[3]@host| a!309))
                       |p.pmu_gp_counter[3]@host|)))
      (a!322 (ite (= #x4 actp)
                  a!312
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[0]@host|
                            (ite a!71 |p.pmu_fixed_counter[0]@host| a!321))
                       |p.pmu_fixed_counter[0]@host|)))
      (a!332 (ite (= #x4 actp)
                  a!324
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[1]@host|
                            (ite a!71 |p.pmu_fixed_counter[1]@host| a!331))
                       |p.pmu_fixed_counter[1]@host|)))
      (a!342 (ite (= #x4 actp)
                  a!334
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[2]@host|
                            (ite a!71 |p.pmu_fixed_counter[2]@host| a!341))
                       |p.pmu_fixed_counter[2]@host|)))
      (a!352 (ite (= #x4 actp)
                  a!344
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[3]@host|
                            (ite a!71 |p.pmu_fixed_counter[3]@host| a!351))
                       |p.pmu_fixed_counter[3]@host|)))
      (a!356 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!213) p.hw_global_ctrl@host p.pmu_global_ctrl@host)
                  p.pmu_global_ctrl@host))
      (a!373 (ite (= #x8 actp)
                  (ite a!54 false p.pending@host)
                  (ite (= #x9 actp)
                       (ite a!61 false p.pending@host)
                       (ite (= #xa actp) false p.pending@host))))
      (a!374 (ite (= #x8 actp)
                  (ite a!54 false p.pending@guest)
                  (ite (= #x9 actp)
                       (ite a!61 false p.pending@guest)
                       (ite (= #xa actp) false p.pending@guest))))
      (a!375 (ite (= #x7 actp)
                  (ite a!35 false p.pending_index@host)
                  (ite (= #x8 actp)
                       (ite a!54 false p.pending_index@host)
                       (ite (= #x9 actp)
                            (ite a!61 false p.pending_index@host)
                            p.pending_index@host)))))
(let ((a!63 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!62))))
      (a!99 (ite (= #x1 actp)
                 a!88
                 (ite (= #x4 actp)
                      a!90
                      (ite (= #x5 actp)
                           (ite cfg.host_perf_metrics
                                hvp.host_perf_activity.21
                                p.hw_perf_metrics)
                           a!98))))
      (a!125 (ite (= #x4 actp)
                  a!116
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[0]@host|)
                       (ite (= #x9 actp) a!124 |p.hw_gp_ctr[0]@host|))))
      (a!131 (ite (= #x4 actp)
                  a!128
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[1]@host|)
                       (ite (= #x9 actp) a!130 |p.hw_gp_ctr[1]@host|))))
      (a!137 (ite (= #x4 actp)
                  a!134
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[2]@host|)
                       (ite (= #x9 actp) a!136 |p.hw_gp_ctr[2]@host|))))
      (a!143 (ite (= #x4 actp)
                  a!140
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_gp)
                            true
                            |p.hw_gp_ctr[3]@host|)
                       (ite (= #x9 actp) a!142 |p.hw_gp_ctr[3]@host|))))
      (a!150 (ite (= #x4 actp)
                  a!146
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[0]@host|)
                       a!149)))
      (a!156 (ite (= #x4 actp)
                  a!153
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[1]@host|)
                       a!155)))
      (a!162 (ite (= #x4 actp)
                  a!159
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[2]@host|)
                       a!161)))
      (a!168 (ite (= #x4 actp)
                  a!165
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[3]@host|)
                       a!167)))
      (a!175 (ite (= #x3 actp)
                  a!170
                  (ite (= #x5 actp)
                       true
                       (ite (= #x7 actp)
                            (ite a!35 a!170 p.hw_global_ctrl@host)
                            a!174))))
      (a!187 (not (ite (= #x1 actp) a!181 (ite (= #x4 actp) a!183 a!186))))
      (a!201 (ite a!189
                  (= (ite (= #x0 actp)
                          (ite a!24 a!197 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd)
                     (bvnot a!200))
                  (= #xffffffffffffffff
                     (ite (= #x0 actp)
                          (ite a!24 a!197 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd))))
      (a!222 (ite (= #x9 actp)
                  (ite a!61 a!214 p.pmu_global_ctrl)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl
                            (ite a!71 p.pmu_global_ctrl a!221))
                       p.pmu_global_ctrl)))
      (a!230 (ite (= #x3 actp)
                  a!226
                  (ite (= #x5 actp)
                       hvp.host_perf_activity.19
                       (ite (= #x7 actp)
                            (ite a!35 a!226 p.hw_global_ctrl)
                            a!229))))
      (a!245 (ite (= #x1 actp)
                  a!238
                  (ite (= #x4 actp)
                       a!240
                       (ite (= #x5 actp)
                            (ite cfg.host_perf_metrics
                                 false
                                 p.hw_perf_metrics@guest)
                            a!244))))
      (a!361 (ite (= #x9 actp)
                  (ite a!61 a!356 p.pmu_global_ctrl@host)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl@host
                            (ite a!71 p.pmu_global_ctrl@host a!360))
                       p.pmu_global_ctrl@host))))
(let ((a!67 (and (= #b00 (ite (= #x1 actp) #b01 a!63))
                 (and cfg.enable_mediated_pmu a!66)))
      (a!84 (and (= #b01 (ite (= #x1 actp) #b01 a!63))
                 (and cfg.enable_mediated_pmu a!66)))
      (a!100 (=> (= #b1 ((_ extract 15 15) a!86))
                 (= a!99 (ite (= #x0 actp) a!68 a!75))))
      (a!114 (not (= #b00 (ite (= #x1 actp) #b01 a!63))))
      (a!126 (=> (bvult #x00
                        (ite (= #x0 actp) (ite a!24 a!105 p.nr_gp) p.nr_gp))
                 (not (ite (= #x1 actp) a!115 a!125))))
      (a!132 (=> (bvult #x01
                        (ite (= #x0 actp) (ite a!24 a!105 p.nr_gp) p.nr_gp))
                 (not (ite (= #x1 actp) a!127 a!131))))
      (a!138 (=> (bvult #x02
                        (ite (= #x0 actp) (ite a!24 a!105 p.nr_gp) p.nr_gp))
                 (not (ite (= #x1 actp) a!133 a!137))))
      (a!144 (=> (bvult #x03
                        (ite (= #x0 actp) (ite a!24 a!105 p.nr_gp) p.nr_gp))
                 (not (ite (= #x1 actp) a!139 a!143))))
      (a!151 (=> (bvult #x00
                        (ite (= #x0 actp)
                             (ite a!24 a!112 p.nr_fixed)
                             p.nr_fixed))
                 (not (ite (= #x1 actp) a!145 a!150))))
      (a!157 (=> (bvult #x01
                        (ite (= #x0 actp)
                             (ite a!24 a!112 p.nr_fixed)
                             p.nr_fixed))
                 (not (ite (= #x1 actp) a!152 a!156))))
      (a!163 (=> (bvult #x02
                        (ite (= #x0 actp)
                             (ite a!24 a!112 p.nr_fixed)
                             p.nr_fixed))
                 (not (ite (= #x1 actp) a!158 a!162))))
      (a!169 (=> (bvult #x03
                        (ite (= #x0 actp)
                             (ite a!24 a!112 p.nr_fixed)
                             p.nr_fixed))
                 (not (ite (= #x1 actp) a!164 a!168))))
      (a!176 (not (ite (= #x1 actp) a!170 (ite (= #x2 actp) a!171 a!175))))
      (a!223 (ite (= #x3 actp)
                  a!214
                  (ite (= #x7 actp)
                       (ite a!35 a!214 p.pmu_global_ctrl)
                       (ite (= #x8 actp)
                            (ite a!54 a!214 p.pmu_global_ctrl)
                            a!222))))
      (a!225 (and (= #b10 (ite (= #x1 actp) #b01 a!63))
                  (and cfg.enable_mediated_pmu a!66)
                  a!189))
      (a!231 (ite (= #x1 actp) a!226 (ite (= #x2 actp) a!227 a!230)))
      (a!247 (=> (= #b10 (ite (= #x1 actp) #b01 a!63))
                 (ite (= #x2 actp) true p.has_run)))
      (a!362 (ite (= #x3 actp)
                  a!356
                  (ite (= #x7 actp)
                       (ite a!35 a!356 p.pmu_global_ctrl@host)
                       (ite (= #x8 actp)
                            (ite a!54 a!356 p.pmu_global_ctrl@host)
                            a!361))))
      (a!381 (=> (and a!83 (= #b1 ((_ extract 15 15) a!86)))
                 (= a!99 (ite (= #x0 actp) a!76 a!81)))))
(let ((a!188 (=> (and (and a!114 (and cfg.enable_mediated_pmu a!66))
                      cfg.host_perf_metrics)
                 a!187))
      (a!224 (= #x0000000000000000
                (bvand (ite (= #x0 actp)
                            (ite a!24 a!206 p.pmu_global_ctrl)
                            a!223)
                       (ite (= #x0 actp)
                            (ite a!24 a!197 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd))))
      (a!232 (= #x0000000000000000
                (bvand a!231
                       (ite (= #x0 actp)
                            (ite a!24 a!197 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd))))
      (a!233 (= #b1
                ((_ extract 48 48)
                  (ite (= #x0 actp) (ite a!24 a!206 p.pmu_global_ctrl) a!223))))
      (a!234 (=> (and a!114 (and cfg.enable_mediated_pmu a!66))
                 (not (= #b1 ((_ extract 48 48) a!231)))))
      (a!236 (and (and a!114 (and cfg.enable_mediated_pmu a!66))
                  (not (= #b1 ((_ extract 15 15) a!86)))))
      (a!246 (=> (not (ite (= #x2 actp) true p.has_run)) (or (not a!245) a!84))))
(let ((a!235 (=> (not (= #b1 ((_ extract 15 15) a!86))) (and (not a!233) a!234))))
(let ((a!382 (and (=> (ite (= #x0 actp) a!29 a!31) a!67)
                  (= (ite (= #x0 actp) a!68 a!75) (ite (= #x0 actp) a!76 a!81))
                  (=> a!83 (and a!84 a!100))
                  (bvule (ite (= #x0 actp) (ite a!24 a!105 p.nr_gp) p.nr_gp)
                         cfg.host_nr_gp)
                  (bvule (ite (= #x0 actp)
                              (ite a!24 a!112 p.nr_fixed)
                              p.nr_fixed)
                         cfg.host_nr_fixed)
                  (bvule (ite (= #x0 actp)
                              (ite a!24 a!112 p.nr_fixed)
                              p.nr_fixed)
                         #x04)
                  a!113
                  (=> (and a!114 (and cfg.enable_mediated_pmu a!66))
                      (and a!126 a!132 a!138 a!144))
                  (=> (and a!114 (and cfg.enable_mediated_pmu a!66))
                      (and a!151 a!157 a!163 a!169))
                  (=> (and a!114 (and cfg.enable_mediated_pmu a!66))
                      (and a!176 (not a!179)))
                  a!188
                  a!201
                  (=> a!202 (and cfg.enable_mediated_pmu cfg.host_perf_metrics))
                  (=> a!189 a!224)
                  (=> a!225 a!232)
                  a!235
                  (=> a!236 (not a!245))
                  (=> a!67 (not a!245))
                  a!246
                  (=> (not cfg.host_perf_metrics) (not a!245))
                  a!247
                  a!248
                  a!249
                  a!250
                  (not (ite (= #x0 actp)
                            (ite a!24 a!253 p.nr_gp@host)
                            p.nr_gp@host))
                  (not (ite (= #x0 actp)
                            (ite a!24 a!256 p.gp_counter_bitmask@host)
                            p.gp_counter_bitmask@host))
                  (not (ite (= #x0 actp)
                            (ite a!24 a!260 p.fixed_counter_bitmask@host)
                            p.fixed_counter_bitmask@host))
                  (not (ite (= #x0 actp) a!261 a!286))
                  (not (ite (= #x0 actp) a!287 a!294))
                  (not (ite (= #x0 actp) a!295 a!302))
                  (not (ite (= #x0 actp) a!303 a!310))
                  (not (ite (= #x0 actp) a!311 a!322))
                  (not (ite (= #x0 actp) a!323 a!332))
                  (not (ite (= #x0 actp) a!333 a!342))
                  (not (ite (= #x0 actp) a!343 a!352))
                  (not (ite (= #x0 actp)
                            (ite a!24 a!355 p.pmu_global_ctrl@host)
                            a!362))
                  (not (ite (= #x0 actp) a!363 a!372))
                  (not (ite (= #x7 actp) (ite a!35 false p.pending@host) a!373))
                  (not (ite (= #x7 actp) (ite a!35 false p.pending@guest) a!374))
                  (not a!375)
                  (not (ite (= #x9 actp)
                            (ite a!61 false p.pending_data@host)
                            p.pending_data@host))
                  (not (ite (= #x0 actp) a!376 a!380))
                  a!381)))
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
       (=> a!18 (= p.hw_perf_metrics p.exp_pm))
       a!23
       (bvult actp #xb)
       (not a!382))))))))))))))))))
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
      (a!18 (and p.just_loaded
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
      (a!16 (=> a!8 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl))))))
(let ((a!17 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!16)))
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
       (=> a!18 (= p.hw_perf_metrics p.exp_pm))
       (not (=> a!18 (= p.hw_perf_metrics p.exp_pm))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_nr_gp@host p.cpuid_gp_width p.cpuid_gp_width@host p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_fixed_width@host p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_gp@host p.nr_fixed p.gp_counter_bitmask p.gp_counter_bitmask@host p.fixed_counter_bitmask p.fixed_counter_bitmask@host p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_gp_ctr[0]@host| |p.hw_gp_ctr[1]@host| |p.hw_gp_ctr[2]@host| |p.hw_gp_ctr[3]@host| |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| |p.hw_fixed_ctr[0]@host| |p.hw_fixed_ctr[1]@host| |p.hw_fixed_ctr[2]@host| |p.hw_fixed_ctr[3]@host| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_ctrl@host p.hw_global_status@host p.hw_perf_metrics p.hw_perf_metrics@host p.hw_perf_metrics@guest |p.pmu_gp_counter[0]@host| |p.pmu_gp_counter[1]@host| |p.pmu_gp_counter[2]@host| |p.pmu_gp_counter[3]@host| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| |p.pmu_fixed_counter[0]@host| |p.pmu_fixed_counter[1]@host| |p.pmu_fixed_counter[2]@host| |p.pmu_fixed_counter[3]@host| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_ctrl@host p.pmu_global_status@host p.ctx p.pending p.pending@host p.pending@guest p.pending_index p.pending_index@host p.pending_data p.pending_data@host p.pending_data@guest p.after_put p.just_loaded p.pmu_perf_metrics p.pmu_perf_metrics@host p.pmu_perf_metrics@guest p.exp_pm
; invariant: (let ((a!1 (and (= #b00 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!2 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (=> (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) (= p.hw_perf_metrics p.pmu_perf_metrics))) (a!4 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!7 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_fixed)) #x0000000000000001) #x0000000000000020)) (a!8 (ite (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) #x0001000000000000 #x0000000000000000)) (a!10 (and (= #b10 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvugt p.pmu_version #x01))) (a!11 (not (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!14 (and p.just_loaded (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))) (let ((a!5 (=> a!4 (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|)) (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|)) (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|)) (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|))))) (a!6 (=> a!4 (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|)) (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|)) (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|)) (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|))))) (a!9 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp)) #x0000000000000001) a!7 a!8)) (a!12 (=> a!4 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))))) (let ((a!13 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!12))) (and (=> p.after_put a!1) (= p.pmu_perf_metrics p.exp_pm) (=> p.just_loaded (and a!2 a!3)) (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x04) (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed)) a!5 a!6 (=> a!4 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host))) (=> (and a!4 cfg.host_perf_metrics) (not p.hw_perf_metrics@host)) (ite (bvugt p.pmu_version #x01) (= p.global_ctrl_rsvd (bvnot a!9)) (= #xffffffffffffffff p.global_ctrl_rsvd)) (=> (= #b1 ((_ extract 15 15) p.perf_caps)) (and cfg.enable_mediated_pmu cfg.host_perf_metrics)) (=> (bvugt p.pmu_version #x01) (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))) (=> a!10 (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd))) (=> a!11 a!13) (=> (and a!4 a!11) (not p.hw_perf_metrics@guest)) (=> a!1 (not p.hw_perf_metrics@guest)) (=> (not p.has_run) (or (not p.hw_perf_metrics@guest) a!2)) (=> (not cfg.host_perf_metrics) (not p.hw_perf_metrics@guest)) (=> (= #b10 p.ctx) p.has_run) (not p.cpuid_nr_gp@host) (not p.cpuid_gp_width@host) (not p.cpuid_fixed_width@host) (not p.nr_gp@host) (not p.gp_counter_bitmask@host) (not p.fixed_counter_bitmask@host) (not |p.pmu_gp_counter[0]@host|) (not |p.pmu_gp_counter[1]@host|) (not |p.pmu_gp_counter[2]@host|) (not |p.pmu_gp_counter[3]@host|) (not |p.pmu_fixed_counter[0]@host|) (not |p.pmu_fixed_counter[1]@host|) (not |p.pmu_fixed_counter[2]@host|) (not |p.pmu_fixed_counter[3]@host|) (not p.pmu_global_ctrl@host) (not p.pmu_global_status@host) (not p.pending@host) (not p.pending@guest) (not p.pending_index@host) (not p.pending_data@host) (not p.pmu_perf_metrics@host) (=> a!14 (= p.hw_perf_metrics p.exp_pm))))))
; trigger: reached at depth 2
