; vpmu-formal-certificate-1
; spec: perf_metrics_fix
; property: p1_p2_no_host_data_to_guest
; key: 9c75518b6679f88732eaa4d9bab5dbf83b34bcd1253a079ea1d7ae125675c8c4
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.__observed_p1_p2_no_host_data_to_guest () Bool)
(declare-fun p.pmu_perf_metrics@host () Bool)
(declare-fun p.pending_data@host () Bool)
(declare-fun p.pending_index@host () Bool)
(declare-fun p.pending@guest () Bool)
(declare-fun p.pending@host () Bool)
(declare-fun p.msr_data@host () Bool)
(declare-fun p.pmu_global_status@host () Bool)
(declare-fun p.pmu_global_ctrl@host () Bool)
(declare-fun p.fixed_ctr_ctrl@host () Bool)
(declare-fun |p.pmu_fixed_counter[3]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[2]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[1]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[0]@host| () Bool)
(declare-fun |p.eventsel[3]@host| () Bool)
(declare-fun |p.eventsel[2]@host| () Bool)
(declare-fun |p.eventsel[1]@host| () Bool)
(declare-fun |p.eventsel[0]@host| () Bool)
(declare-fun |p.pmu_gp_counter[3]@host| () Bool)
(declare-fun |p.pmu_gp_counter[2]@host| () Bool)
(declare-fun |p.pmu_gp_counter[1]@host| () Bool)
(declare-fun |p.pmu_gp_counter[0]@host| () Bool)
(declare-fun p.fixed_counter_bitmask@host () Bool)
(declare-fun p.gp_counter_bitmask@host () Bool)
(declare-fun p.nr_gp@host () Bool)
(declare-fun p.perf_caps@host () Bool)
(declare-fun p.cpuid_fixed_width@host () Bool)
(declare-fun p.cpuid_gp_width@host () Bool)
(declare-fun p.cpuid_nr_gp@host () Bool)
(declare-fun p.has_run () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.hw_perf_metrics@guest () Bool)
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun p.cpuid_pdcm () Bool)
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
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdpmc.ecx () (_ BitVec 32))
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(declare-fun inp.guest_count.delta () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.21 () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_nr_gp@host Bool) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_gp_width@host Bool) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_fixed_width@host Bool) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.perf_caps@host Bool) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_gp@host Bool) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.gp_counter_bitmask@host Bool) (p.fixed_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask@host Bool) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_gp_ctr[0]@host| Bool) (|p.hw_gp_ctr[1]@host| Bool) (|p.hw_gp_ctr[2]@host| Bool) (|p.hw_gp_ctr[3]@host| Bool) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (|p.hw_fixed_ctr[0]@host| Bool) (|p.hw_fixed_ctr[1]@host| Bool) (|p.hw_fixed_ctr[2]@host| Bool) (|p.hw_fixed_ctr[3]@host| Bool) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_global_ctrl@host Bool) (p.hw_global_status@host Bool) (p.hw_perf_metrics (_ BitVec 64)) (p.hw_perf_metrics@host Bool) (p.hw_perf_metrics@guest Bool) (|p.pmu_gp_counter[0]@host| Bool) (|p.pmu_gp_counter[1]@host| Bool) (|p.pmu_gp_counter[2]@host| Bool) (|p.pmu_gp_counter[3]@host| Bool) (|p.eventsel[0]@host| Bool) (|p.eventsel[1]@host| Bool) (|p.eventsel[2]@host| Bool) (|p.eventsel[3]@host| Bool) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_fixed_counter[0]@host| Bool) (|p.pmu_fixed_counter[1]@host| Bool) (|p.pmu_fixed_counter[2]@host| Bool) (|p.pmu_fixed_counter[3]@host| Bool) (p.fixed_ctr_ctrl@host Bool) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_ctrl@host Bool) (p.pmu_global_status@host Bool) (p.msr_data@host Bool) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending@host Bool) (p.pending@guest Bool) (p.pending_index (_ BitVec 32)) (p.pending_index@host Bool) (p.pending_data (_ BitVec 64)) (p.pending_data@host Bool) (p.pending_data@guest Bool) (p.after_put Bool) (p.just_loaded Bool) (p.pmu_perf_metrics (_ BitVec 64)) (p.pmu_perf_metrics@host Bool) (p.pmu_perf_metrics@guest Bool) (p.exp_pm (_ BitVec 64)) (p.__observed_p1_p2_no_host_data_to_guest Bool)) Bool
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
       (not p.perf_caps@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.eventsel[0]@host|)
       (not |p.eventsel[1]@host|)
       (not |p.eventsel[2]@host|)
       (not |p.eventsel[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.fixed_ctr_ctrl@host)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.msr_data@host)
       (not p.pending@host)
       (not p.pending@guest)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.pmu_perf_metrics@host)
       (not p.__observed_p1_p2_no_host_data_to_guest))))))
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
(let ((a!19 (and (=> p.after_put a!6)
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
                 (not p.perf_caps@host)
                 (not p.nr_gp@host)
                 (not p.gp_counter_bitmask@host)
                 (not p.fixed_counter_bitmask@host)
                 (not |p.pmu_gp_counter[0]@host|)
                 (not |p.pmu_gp_counter[1]@host|)
                 (not |p.pmu_gp_counter[2]@host|)
                 (not |p.pmu_gp_counter[3]@host|)
                 (not |p.eventsel[0]@host|)
                 (not |p.eventsel[1]@host|)
                 (not |p.eventsel[2]@host|)
                 (not |p.eventsel[3]@host|)
                 (not |p.pmu_fixed_counter[0]@host|)
                 (not |p.pmu_fixed_counter[1]@host|)
                 (not |p.pmu_fixed_counter[2]@host|)
                 (not |p.pmu_fixed_counter[3]@host|)
                 (not p.fixed_ctr_ctrl@host)
                 (not p.pmu_global_ctrl@host)
                 (not p.pmu_global_status@host)
                 (not p.msr_data@host)
                 (not p.pending@host)
                 (not p.pending@guest)
                 (not p.pending_index@host)
                 (not p.pending_data@host)
                 (not p.pmu_perf_metrics@host)
                 (not p.__observed_p1_p2_no_host_data_to_guest))))
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
       (= p.perf_caps@host false)
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
       (= |p.eventsel[0]@host| false)
       (= |p.eventsel[1]@host| false)
       (= |p.eventsel[2]@host| false)
       (= |p.eventsel[3]@host| false)
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 |p.eventsel_hw[2]|)
       (= #x0000000000000000 |p.eventsel_hw[3]|)
       (= |p.pmu_fixed_counter[0]@host| false)
       (= |p.pmu_fixed_counter[1]@host| false)
       (= |p.pmu_fixed_counter[2]@host| false)
       (= |p.pmu_fixed_counter[3]@host| false)
       (= p.fixed_ctr_ctrl@host false)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= p.pmu_global_ctrl@host false)
       (= p.pmu_global_status@host false)
       (= p.msr_data@host false)
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
       (not p.__observed_p1_p2_no_host_data_to_guest)
       (not a!19)))))))
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
      (a!18 (or (and (bvuge inp.guest_rdmsr.msr #x000000c1)
                     (bvult inp.guest_rdmsr.msr #x000000c5))
                (and (bvuge inp.guest_rdmsr.msr #x000004c1)
                     (bvult inp.guest_rdmsr.msr #x000004c5))))
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
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width)))))
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
      (a!263 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.hw_gp_ctr[0]@host|
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!264 (and (= #x0000038d
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (bvugt p.pmu_version #x01)))
      (a!265 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c5)))
      (a!266 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c5)))
      (a!268 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000018a)))
      (a!271 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 11) p.pending_index))
                     #b000000000000000000000)))
      (a!274 (bvor p.gp_counter_bitmask
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!276 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 9) p.pending_index))
                     #b00000000000000000000000)))
      (a!281 (or p.pending@host
                 (or (or p.pending@host p.pending_index@host)
                     (or p.pending@host p.pending_index@host))
                 (or p.pending@host p.pending_data@host)
                 (or p.pending@host p.pending_data@host)
                 p.gp_counter_bitmask@host))
      (a!289 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.hw_gp_ctr[1]@host|
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!297 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.hw_gp_ctr[2]@host|
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!305 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.hw_gp_ctr[3]@host|
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!313 (bvult (bvsub (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x00000309)
                    ((_ zero_extend 24) p.nr_fixed)))
      (a!353 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.hw_fixed_ctr[0]@host|
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!363 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.hw_fixed_ctr[1]@host|
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!373 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.hw_fixed_ctr[2]@host|
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!383 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.hw_fixed_ctr[3]@host|
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!393 (bvor (bvnot p.fixed_ctr_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!411 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_status@host
                  p.pmu_global_status@host))
      (a!412 (bvor (bvnot p.global_status_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!420 (and cfg.enable_vmware_backdoor
                  (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00010000)
                  (bvule (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00010002)))
      (a!421 (= #x00000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #xffff0000)))
      (a!422 (bvult (bvand (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x0000ffff)
                    ((_ zero_extend 24) p.nr_gp)))
      (a!423 (= #x00000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x0000ffff)))
      (a!424 (= #x00000001
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x0000ffff)))
      (a!425 (= #x00000002
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x0000ffff)))
      (a!427 (= #x40000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #xffff0000)))
      (a!428 (bvult (bvand (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x0000ffff)
                    ((_ zero_extend 24) p.nr_fixed)))
      (a!431 (or (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!432 (ite (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                  p.pmu_global_status@host
                  p.msr_data@host))
      (a!433 (ite (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                  p.pmu_global_ctrl@host
                  p.msr_data@host))
      (a!434 (ite (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                  false
                  p.msr_data@host))
      (a!438 (or (or (or p.pending@host p.pending_index@host)
                     (or p.pending@host p.pending_index@host))
                 (or p.pending@host p.pending_index@host)
                 (or (or p.pending@host p.pending_index@host)
                     (or p.pending@host p.pending_index@host))
                 (or p.pending@host p.pending_index@host)
                 (or p.pending@host p.pending_index@host)))
      (a!439 (= #x00000000
                (bvsub (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x00000309)))
      (a!440 (= #x00000001
                (bvsub (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x00000309)))
      (a!441 (= #x00000002
                (bvsub (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x00000309)))
      (a!444 (or (= #x000000c1
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x000000c2
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x00000186
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x00000187
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!455 (ite (= #b1
                     ((_ extract 15 15)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                  p.hw_perf_metrics@host
                  p.pmu_perf_metrics@host))
      (a!459 (and (= #x00000000 (bvand inp.guest_rdpmc.ecx #xffff0000))
                  (bvult (bvand inp.guest_rdpmc.ecx #x0000ffff)
                         ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!460 (ite (= #x00000001 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                  |p.hw_gp_ctr[1]@host|
                  (ite (= #x00000002 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                       |p.hw_gp_ctr[2]@host|
                       |p.hw_gp_ctr[3]@host|)))
      (a!462 (and (= #x40000000 (bvand inp.guest_rdpmc.ecx #xffff0000))
                  (bvult (bvand inp.guest_rdpmc.ecx #x0000ffff)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!463 (ite (= #x00000001 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                  |p.hw_fixed_ctr[1]@host|
                  (ite (= #x00000002 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                       |p.hw_fixed_ctr[2]@host|
                       |p.hw_fixed_ctr[3]@host|)))
      (a!466 (ite (and (bvuge inp.guest_rdmsr.msr #x000004c1)
                       (bvult inp.guest_rdmsr.msr #x000004c5))
                  (bvsub inp.guest_rdmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_rdmsr.msr #x00000186)
                            (bvult inp.guest_rdmsr.msr #x0000018a))
                       (bvsub inp.guest_rdmsr.msr #x00000186)
                       (bvsub inp.guest_rdmsr.msr #x000000c1))))
      (a!470 (and (and (bvuge inp.guest_rdmsr.msr #x00000309)
                       (bvult inp.guest_rdmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_rdmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!471 (ite (= #x00000001 (bvsub inp.guest_rdmsr.msr #x00000309))
                  |p.hw_fixed_ctr[1]@host|
                  (ite (= #x00000002 (bvsub inp.guest_rdmsr.msr #x00000309))
                       |p.hw_fixed_ctr[2]@host|
                       |p.hw_fixed_ctr[3]@host|)))
      (a!477 (not (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write)))))
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
      (a!19 (and (= #x8 actp)
                 (= #b10 p.ctx)
                 (or a!18
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
      (a!251 (ite (and (= (bvnot a!25) #x0000000000000000) p.cpuid_pdcm a!26)
                  false
                  p.perf_caps@host))
      (a!267 (and a!266
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!269 (ite a!268
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)))
      (a!272 (or a!271
                 (bvule #b10011000001
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!273 (or a!271
                 (bvule #b10011000101
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!277 (or a!276
                 (bvule #b110000110
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!278 (or a!276
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
      (a!426 (or (ite a!423
                      |p.pmu_gp_counter[0]@host|
                      (ite a!424
                           |p.pmu_gp_counter[1]@host|
                           (ite a!425
                                |p.pmu_gp_counter[2]@host|
                                |p.pmu_gp_counter[3]@host|)))
                 (or p.pending@host p.pending_index@host)
                 p.gp_counter_bitmask@host))
      (a!429 (or (ite a!423
                      |p.pmu_fixed_counter[0]@host|
                      (ite a!424
                           |p.pmu_fixed_counter[1]@host|
                           (ite a!425
                                |p.pmu_fixed_counter[2]@host|
                                |p.pmu_fixed_counter[3]@host|)))
                 (or p.pending@host p.pending_index@host)
                 p.fixed_counter_bitmask@host))
      (a!435 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!433
                  a!434))
      (a!442 (or (ite a!439
                      |p.pmu_fixed_counter[0]@host|
                      (ite a!440
                           |p.pmu_fixed_counter[1]@host|
                           (ite a!441
                                |p.pmu_fixed_counter[2]@host|
                                |p.pmu_fixed_counter[3]@host|)))
                 (or p.pending@host p.pending_index@host)
                 p.fixed_counter_bitmask@host))
      (a!456 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!455
                  p.pmu_perf_metrics@host))
      (a!457 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72
                       (ite (= p.pending #b00)
                            (or p.pending@host p.pending_data@host)
                            p.pmu_perf_metrics@host)
                       p.pmu_perf_metrics@host)
                  p.pmu_perf_metrics@host))
      (a!467 (ite (= #x00000000 a!466)
                  |p.hw_gp_ctr[0]@host|
                  (ite (= #x00000001 a!466)
                       |p.hw_gp_ctr[1]@host|
                       (ite (= #x00000002 a!466)
                            |p.hw_gp_ctr[2]@host|
                            |p.hw_gp_ctr[3]@host|))))
      (a!469 (not (and a!18 (bvult a!466 ((_ zero_extend 24) cfg.host_nr_gp)))))
      (a!476 (ite a!420
                  true
                  (ite (and a!421 a!422)
                       true
                       (ite (and a!427 a!428) true false)))))
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
      (a!252 (ite (and (not p.has_run) a!28)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false)))
                  (ite (and (not p.has_run) a!28) false p.nr_gp@host)))
      (a!255 (ite (and (not p.has_run) a!28)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false)))
                  (ite (and (not p.has_run) a!28)
                       false
                       p.gp_counter_bitmask@host)))
      (a!258 (ite (and (not p.has_run) a!28)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false)))
                  (ite (and (not p.has_run) a!28)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!262 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!270 (ite a!266
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  a!269))
      (a!275 (and a!272 (not a!273) (not (= (bvnot a!274) #x0000000000000000))))
      (a!279 (ite (and a!277 (not a!278))
                  (bvadd #xfffffe7a
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  (bvadd #xffffff3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))))
      (a!288 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!296 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!304 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!312 (ite a!24
                  (ite (and (not p.has_run) a!28) false |p.eventsel[0]@host|)
                  |p.eventsel[0]@host|))
      (a!325 (ite a!24
                  (ite (and (not p.has_run) a!28) false |p.eventsel[1]@host|)
                  |p.eventsel[1]@host|))
      (a!334 (ite a!24
                  (ite (and (not p.has_run) a!28) false |p.eventsel[2]@host|)
                  |p.eventsel[2]@host|))
      (a!343 (ite a!24
                  (ite (and (not p.has_run) a!28) false |p.eventsel[3]@host|)
                  |p.eventsel[3]@host|))
      (a!352 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!354 (and a!217
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x00000309)))
      (a!362 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!364 (and a!217
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030a)))
      (a!372 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!374 (and a!217
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030b)))
      (a!382 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!384 (and a!217
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030c)))
      (a!392 (ite a!24
                  (ite (and (not p.has_run) a!28) false p.fixed_ctr_ctrl@host)
                  p.fixed_ctr_ctrl@host))
      (a!394 (ite (and (= (bvnot a!393) #x0000000000000000) a!217)
                  (or p.pending@host p.pending_data@host)
                  p.fixed_ctr_ctrl@host))
      (a!404 (ite (and (= (bvnot a!215) #x0000000000000000) a!217)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_ctrl@host))
      (a!410 (ite a!24
                  (ite (and (not p.has_run) a!28)
                       false
                       p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!413 (ite (and (= (bvnot a!412) #x0000000000000000)
                       (= p.pending #b00)
                       a!217)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_status@host))
      (a!414 (ite (and (= (bvnot a!412) #x0000000000000000) a!217)
                  (or p.pmu_global_status@host
                      (or p.pending@host p.pending_data@host))
                  p.pmu_global_status@host))
      (a!430 (ite a!420
                  false
                  (ite (and a!421 a!422)
                       a!426
                       (ite (and a!427 a!428) a!429 p.msr_data@host))))
      (a!436 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!432
                  a!435))
      (a!454 (ite a!24
                  (ite (and (not p.has_run) a!28) false p.pmu_perf_metrics@host)
                  p.pmu_perf_metrics@host))
      (a!458 (ite (= #x4 actp)
                  a!456
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_perf_metrics@host
                            (ite a!71 p.pmu_perf_metrics@host a!457))
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
      (a!253 (ite a!101
                  a!252
                  (ite (and (not p.has_run) a!28) false p.nr_gp@host)))
      (a!256 (ite a!101
                  a!255
                  (ite (and (not p.has_run) a!28)
                       false
                       p.gp_counter_bitmask@host)))
      (a!259 (ite a!106
                  a!258
                  (ite (and (not p.has_run) a!28)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!280 (ite (and a!272 (not a!273))
                  (bvadd #xfffffb3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  a!279))
      (a!355 (ite a!314
                  (ite a!354
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!365 (ite a!314
                  (ite a!364
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!375 (ite a!314
                  (ite a!374
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!385 (ite a!314
                  (ite a!384
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!395 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl@host
                  (ite a!264 a!394 p.fixed_ctr_ctrl@host)))
      (a!405 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!404
                  p.pmu_global_ctrl@host))
      (a!415 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not (= #b00 p.pending)) a!414 p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!437 (ite (= #x00000000 a!270)
                  |p.pmu_gp_counter[0]@host|
                  (ite (= #x00000001 a!270)
                       |p.pmu_gp_counter[1]@host|
                       (ite (= #x00000002 a!270)
                            |p.pmu_gp_counter[2]@host|
                            |p.pmu_gp_counter[3]@host|))))
      (a!443 (ite (= #x00000000 a!270)
                  |p.eventsel[0]@host|
                  (ite (= #x00000001 a!270)
                       |p.eventsel[1]@host|
                       (ite (= #x00000002 a!270)
                            |p.eventsel[2]@host|
                            |p.eventsel[3]@host|))))
      (a!461 (and (not a!35)
                  a!459
                  true
                  (ite (= #x00000000 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                       |p.hw_gp_ctr[0]@host|
                       a!460)))
      (a!464 (and (and (not a!35) (not a!459))
                  a!462
                  true
                  (ite (= #x00000000 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                       |p.hw_fixed_ctr[0]@host|
                       a!463)))
      (a!478 (ite (and a!268 (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  true
                  (ite a!444 true false))))
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
      (a!254 (ite cfg.vm_enable_pmu
                  a!253
                  (ite (and (not p.has_run) a!28) false p.nr_gp@host)))
      (a!257 (ite cfg.vm_enable_pmu
                  a!256
                  (ite (and (not p.has_run) a!28)
                       false
                       p.gp_counter_bitmask@host)))
      (a!260 (ite a!101
                  a!259
                  (ite (and (not p.has_run) a!28)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!282 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!275) a!217 (= a!280 #x00000000))
                       a!281
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!290 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!275) a!217 (= a!280 #x00000001))
                       a!281
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!298 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!275) a!217 (= a!280 #x00000002))
                       a!281
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!306 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!275) a!217 (= a!280 #x00000003))
                       a!281
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!315 (ite (and (= a!280 #x00000002) p.raw_event_mask_txcp)
                  (concat (concat ((_ extract 63 34) p.reserved_bits) (bvnot ((_ extract
                             33
                             33)
                           p.reserved_bits))) ((_ extract 32 0) p.reserved_bits))
                  p.reserved_bits))
      (a!356 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[0]@host|
                  a!355))
      (a!366 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[1]@host|
                  a!365))
      (a!376 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[2]@host|
                  a!375))
      (a!386 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[3]@host|
                  a!385))
      (a!396 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl@host
                  a!395))
      (a!400 (ite (and (not p.has_run) a!28)
                  a!253
                  (ite (and (not p.has_run) a!28) false p.pmu_global_ctrl@host)))
      (a!406 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl@host
                  a!405))
      (a!416 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_status@host
                  a!415))
      (a!445 (ite (and a!268 (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  (or a!443 a!438)
                  (ite a!444 false p.msr_data@host)))
      (a!465 (or p.__observed_p1_p2_no_host_data_to_guest
                 a!461
                 a!464
                 (and (and (not a!35) (not a!459))
                      (not a!462)
                      (= #x20000000 inp.guest_rdpmc.ecx)
                      cfg.host_perf_metrics
                      true
                      p.hw_perf_metrics@host)))
      (a!479 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  true
                  (ite a!314 true a!478))))
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
      (a!261 (ite cfg.vm_enable_pmu
                  a!260
                  (ite (and (not p.has_run) a!28)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!283 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  (ite a!264 |p.pmu_gp_counter[0]@host| a!282)))
      (a!291 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  (ite a!264 |p.pmu_gp_counter[1]@host| a!290)))
      (a!299 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  (ite a!264 |p.pmu_gp_counter[2]@host| a!298)))
      (a!307 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  (ite a!264 |p.pmu_gp_counter[3]@host| a!306)))
      (a!316 (bvor (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))
                   (bvnot a!315)))
      (a!357 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  (ite a!264 |p.pmu_fixed_counter[0]@host| a!356)))
      (a!367 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  (ite a!264 |p.pmu_fixed_counter[1]@host| a!366)))
      (a!377 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  (ite a!264 |p.pmu_fixed_counter[2]@host| a!376)))
      (a!387 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  (ite a!264 |p.pmu_fixed_counter[3]@host| a!386)))
      (a!397 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl@host
                  a!396))
      (a!401 (ite (and (not (= #x00 a!104)) a!203)
                  a!400
                  (ite (and (not p.has_run) a!28) false p.pmu_global_ctrl@host)))
      (a!407 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 p.pmu_global_ctrl@host a!406)
                  p.pmu_global_ctrl@host))
      (a!417 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!413
                  a!416))
      (a!446 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  (or a!437 a!438 p.gp_counter_bitmask@host)
                  (ite a!314 a!442 a!445)))
      (a!480 (ite (= #x00000345
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not p.cpuid_pdcm) false true)
                  (ite a!264 true a!479))))
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
      (a!284 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!283))
      (a!292 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!291))
      (a!300 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!299))
      (a!308 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!307))
      (a!317 (ite (and (= (bvnot a!316) #x0000000000000000)
                       a!217
                       (= a!280 #x00000000))
                  (or p.pending@host p.pending_data@host)
                  |p.eventsel[0]@host|))
      (a!326 (ite (and (= (bvnot a!316) #x0000000000000000)
                       a!217
                       (= a!280 #x00000001))
                  (or p.pending@host p.pending_data@host)
                  |p.eventsel[1]@host|))
      (a!335 (ite (and (= (bvnot a!316) #x0000000000000000)
                       a!217
                       (= a!280 #x00000002))
                  (or p.pending@host p.pending_data@host)
                  |p.eventsel[2]@host|))
      (a!344 (ite (and (= (bvnot a!316) #x0000000000000000)
                       a!217
                       (= a!280 #x00000003))
                  (or p.pending@host p.pending_data@host)
                  |p.eventsel[3]@host|))
      (a!358 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!357))
      (a!368 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!367))
      (a!378 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!377))
      (a!388 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!387))
      (a!398 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 p.fixed_ctr_ctrl@host a!397)
                  p.fixed_ctr_ctrl@host))
      (a!402 (ite cfg.vm_enable_pmu
                  a!401
                  (ite (and (not p.has_run) a!28) false p.pmu_global_ctrl@host)))
      (a!418 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 p.pmu_global_status@host a!417)
                  p.pmu_global_status@host))
      (a!447 (ite (= #x00000345
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite p.cpuid_pdcm p.perf_caps@host p.msr_data@host)
                  (ite a!264 p.fixed_ctr_ctrl@host a!446)))
      (a!481 (ite a!431 (ite (not (bvugt p.pmu_version #x01)) false true) a!480)))
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
      (a!285 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!284))
      (a!293 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!292))
      (a!301 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!300))
      (a!309 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!308))
      (a!318 (ite (and a!268 (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  a!317
                  |p.eventsel[0]@host|))
      (a!327 (ite (and a!268 (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  a!326
                  |p.eventsel[1]@host|))
      (a!336 (ite (and a!268 (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  a!335
                  |p.eventsel[2]@host|))
      (a!345 (ite (and a!268 (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  a!344
                  |p.eventsel[3]@host|))
      (a!359 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!358))
      (a!369 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!368))
      (a!379 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!378))
      (a!389 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!388))
      (a!399 (ite (= #x0 actp)
                  a!392
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.fixed_ctr_ctrl@host
                            (ite a!71 p.fixed_ctr_ctrl@host a!398))
                       p.fixed_ctr_ctrl@host)))
      (a!419 (ite (= #x4 actp)
                  a!411
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_status@host
                            (ite a!71 p.pmu_global_status@host a!418))
                       p.pmu_global_status@host)))
      (a!448 (ite a!72
                  (ite (= p.pending #b00)
                       p.pmu_perf_metrics@host
                       p.msr_data@host)
                  (ite a!431 a!436 a!447)))
      (a!482 (ite a!72 (ite (not (= #b00 p.pending)) false true) a!481)))
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
      (a!286 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_gp_counter[0]@host| a!285)
                  |p.pmu_gp_counter[0]@host|))
      (a!294 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_gp_counter[1]@host| a!293)
                  |p.pmu_gp_counter[1]@host|))
      (a!302 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_gp_counter[2]@host| a!301)
                  |p.pmu_gp_counter[2]@host|))
      (a!310 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_gp_counter[3]@host| a!309)
                  |p.pmu_gp_counter[3]@host|))
      (a!319 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[0]@host|
                  (ite a!314 |p.eventsel[0]@host| a!318)))
      (a!328 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[1]@host|
                  (ite a!314 |p.eventsel[1]@host| a!327)))
      (a!337 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[2]@host|
                  (ite a!314 |p.eventsel[2]@host| a!336)))
      (a!346 (ite (and (or a!265 a!267)
                       (bvult a!270 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[3]@host|
                  (ite a!314 |p.eventsel[3]@host| a!345)))
      (a!360 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_fixed_counter[0]@host| a!359)
                  |p.pmu_fixed_counter[0]@host|))
      (a!370 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_fixed_counter[1]@host| a!369)
                  |p.pmu_fixed_counter[1]@host|))
      (a!380 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_fixed_counter[2]@host| a!379)
                  |p.pmu_fixed_counter[2]@host|))
      (a!390 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.pmu_fixed_counter[3]@host| a!389)
                  |p.pmu_fixed_counter[3]@host|))
      (a!449 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  p.msr_data@host
                  a!448))
      (a!483 (or p.__observed_p1_p2_no_host_data_to_guest
                 (and (= #b01 p.pending)
                      (ite (= #x00 p.pmu_version) false a!476)
                      (ite (= #x00 p.pmu_version) p.msr_data@host a!430))
                 (and (not (= #b01 p.pending))
                      (not a!71)
                      a!477
                      (not (= #b00 p.pending))
                      a!482
                      a!448))))
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
      (a!287 (ite (= #x4 actp)
                  a!263
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[0]@host|
                            (ite a!71 |p.pmu_gp_counter[0]@host| a!286))
                       |p.pmu_gp_counter[0]@host|)))
      (a!295 (ite (= #x4 actp)
                  a!289
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[1]@host|
                            (ite a!71 |p.pmu_gp_counter[1]@host| a!294))
                       |p.pmu_gp_counter[1]@host|)))
      (a!303 (ite (= #x4 actp)
                  a!297
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[2]@host|
                            (ite a!71 |p.pmu_gp_counter[2]@host| a!302))
                       |p.pmu_gp_counter[2]@host|)))
      (a!311 (ite (= #x4 actp)
                  a!305
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[3]@host|
                            (ite a!71 |p.pmu_gp_counter[3]@host| a!310))
                       |p.pmu_gp_counter[3]@host|)))
      (a!320 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]@host|
                  (ite a!264 |p.eventsel[0]@host| a!319)))
      (a!329 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]@host|
                  (ite a!264 |p.eventsel[1]@host| a!328)))
      (a!338 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]@host|
                  (ite a!264 |p.eventsel[2]@host| a!337)))
      (a!347 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]@host|
                  (ite a!264 |p.eventsel[3]@host| a!346)))
      (a!361 (ite (= #x4 actp)
                  a!353
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[0]@host|
                            (ite a!71 |p.pmu_fixed_counter[0]@host| a!360))
                       |p.pmu_fixed_counter[0]@host|)))
      (a!371 (ite (= #x4 actp)
                  a!363
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[1]@host|
                            (ite a!71 |p.pmu_fixed_counter[1]@host| a!370))
                       |p.pmu_fixed_counter[1]@host|)))
      (a!381 (ite (= #x4 actp)
                  a!373
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[2]@host|
                            (ite a!71 |p.pmu_fixed_counter[2]@host| a!380))
                       |p.pmu_fixed_counter[2]@host|)))
      (a!391 (ite (= #x4 actp)
                  a!383
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[3]@host|
                            (ite a!71 |p.pmu_fixed_counter[3]@host| a!390))
                       |p.pmu_fixed_counter[3]@host|)))
      (a!403 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!213) p.hw_global_ctrl@host p.pmu_global_ctrl@host)
                  p.pmu_global_ctrl@host))
      (a!450 (ite (= #xa actp)
                  (ite (= #b01 p.pending)
                       (ite (= #x00 p.pmu_version) p.msr_data@host a!430)
                       (ite a!71 p.msr_data@host a!449))
                  p.msr_data@host))
      (a!451 (ite (= #x8 actp)
                  (ite a!54 false p.pending@host)
                  (ite (= #x9 actp)
                       (ite a!61 false p.pending@host)
                       (ite (= #xa actp) false p.pending@host))))
      (a!452 (ite (= #x8 actp)
                  (ite a!54 false p.pending@guest)
                  (ite (= #x9 actp)
                       (ite a!61 false p.pending@guest)
                       (ite (= #xa actp) false p.pending@guest))))
      (a!453 (ite (= #x7 actp)
                  (ite a!35 false p.pending_index@host)
                  (ite (= #x8 actp)
                       (ite a!54 false p.pending_index@host)
                       (ite (= #x9 actp)
                            (ite a!61 false p.pending_index@host)
                            p.pending_index@host))))
      (a!468 (and (not a!54)
                  (and a!18 (bvult a!466 ((_ zero_extend 24) cfg.host_nr_gp)))
                  true
                  a!467))
      (a!472 (and (and (not a!54) a!469)
                  a!470
                  true
                  (ite (= #x00000000 (bvsub inp.guest_rdmsr.msr #x00000309))
                       |p.hw_fixed_ctr[0]@host|
                       a!471)))
      (a!473 (and (and (and (not a!54) a!469) (not a!470))
                  (= #x0000038f inp.guest_rdmsr.msr)
                  true
                  p.hw_global_ctrl@host))
      (a!474 (and (and (and (not a!54) a!469) (not a!470))
                  (not (= #x0000038f inp.guest_rdmsr.msr)))))
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
      (a!321 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]@host|
                  a!320))
      (a!330 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]@host|
                  a!329))
      (a!339 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]@host|
                  a!338))
      (a!348 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]@host|
                  a!347))
      (a!408 (ite (= #x9 actp)
                  (ite a!61 a!403 p.pmu_global_ctrl@host)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl@host
                            (ite a!71 p.pmu_global_ctrl@host a!407))
                       p.pmu_global_ctrl@host)))
      (a!475 (or p.__observed_p1_p2_no_host_data_to_guest
                 a!468
                 a!472
                 a!473
                 (and a!474
                      (= #x0000038e inp.guest_rdmsr.msr)
                      true
                      p.hw_global_status@host)
                 (and a!474
                      (not (= #x0000038e inp.guest_rdmsr.msr))
                      (not (= #x00000390 inp.guest_rdmsr.msr))
                      (= #x00000329 inp.guest_rdmsr.msr)
                      cfg.host_perf_metrics
                      true
                      p.hw_perf_metrics@host))))
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
      (a!322 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]@host|
                  a!321))
      (a!331 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]@host|
                  a!330))
      (a!340 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]@host|
                  a!339))
      (a!349 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]@host|
                  a!348))
      (a!409 (ite (= #x3 actp)
                  a!403
                  (ite (= #x7 actp)
                       (ite a!35 a!403 p.pmu_global_ctrl@host)
                       (ite (= #x8 actp)
                            (ite a!54 a!403 p.pmu_global_ctrl@host)
                            a!408))))
      (a!484 (ite (= #x7 actp)
                  a!465
                  (ite (= #x8 actp)
                       a!475
                       (ite (= #xa actp)
                            a!483
                            p.__observed_p1_p2_no_host_data_to_guest)))))
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
      (a!246 (=> (not (ite (= #x2 actp) true p.has_run)) (or (not a!245) a!84)))
      (a!323 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.eventsel[0]@host| a!322)
                  |p.eventsel[0]@host|))
      (a!332 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.eventsel[1]@host| a!331)
                  |p.eventsel[1]@host|))
      (a!341 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.eventsel[2]@host| a!340)
                  |p.eventsel[2]@host|))
      (a!350 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  (ite a!72 |p.eventsel[3]@host| a!349)
                  |p.eventsel[3]@host|)))
(let ((a!235 (=> (not (= #b1 ((_ extract 15 15) a!86))) (and (not a!233) a!234)))
      (a!324 (ite (= #x0 actp)
                  a!312
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[0]@host|
                            (ite a!71 |p.eventsel[0]@host| a!323))
                       |p.eventsel[0]@host|)))
      (a!333 (ite (= #x0 actp)
                  a!325
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[1]@host|
                            (ite a!71 |p.eventsel[1]@host| a!332))
                       |p.eventsel[1]@host|)))
      (a!342 (ite (= #x0 actp)
                  a!334
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[2]@host|
                            (ite a!71 |p.eventsel[2]@host| a!341))
                       |p.eventsel[2]@host|)))
      (a!351 (ite (= #x0 actp)
                  a!343
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[3]@host|
                            (ite a!71 |p.eventsel[3]@host| a!350))
                       |p.eventsel[3]@host|))))
(let ((a!485 (and (=> (ite (= #x0 actp) a!29 a!31) a!67)
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
                            (ite inp.kvm_set_config.set_perf_caps
                                 a!251
                                 p.perf_caps@host)
                            p.perf_caps@host))
                  (not (ite (= #x0 actp)
                            (ite a!24 a!254 p.nr_gp@host)
                            p.nr_gp@host))
                  (not (ite (= #x0 actp)
                            (ite a!24 a!257 p.gp_counter_bitmask@host)
                            p.gp_counter_bitmask@host))
                  (not (ite (= #x0 actp)
                            (ite a!24 a!261 p.fixed_counter_bitmask@host)
                            p.fixed_counter_bitmask@host))
                  (not (ite (= #x0 actp) a!262 a!287))
                  (not (ite (= #x0 actp) a!288 a!295))
                  (not (ite (= #x0 actp) a!296 a!303))
                  (not (ite (= #x0 actp) a!304 a!311))
                  (not a!324)
                  (not a!333)
                  (not a!342)
                  (not a!351)
                  (not (ite (= #x0 actp) a!352 a!361))
                  (not (ite (= #x0 actp) a!362 a!371))
                  (not (ite (= #x0 actp) a!372 a!381))
                  (not (ite (= #x0 actp) a!382 a!391))
                  (not a!399)
                  (not (ite (= #x0 actp)
                            (ite a!24 a!402 p.pmu_global_ctrl@host)
                            a!409))
                  (not (ite (= #x0 actp) a!410 a!419))
                  (not a!450)
                  (not (ite (= #x7 actp) (ite a!35 false p.pending@host) a!451))
                  (not (ite (= #x7 actp) (ite a!35 false p.pending@guest) a!452))
                  (not a!453)
                  (not (ite (= #x9 actp)
                            (ite a!61 false p.pending_data@host)
                            p.pending_data@host))
                  (not (ite (= #x0 actp) a!454 a!458))
                  (not a!484))))
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
       (not p.perf_caps@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.eventsel[0]@host|)
       (not |p.eventsel[1]@host|)
       (not |p.eventsel[2]@host|)
       (not |p.eventsel[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.fixed_ctr_ctrl@host)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.msr_data@host)
       (not p.pending@host)
       (not p.pending@guest)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.pmu_perf_metrics@host)
       (not p.__observed_p1_p2_no_host_data_to_guest)
       a!23
       (bvult actp #xb)
       (not a!485))))))))))))))))))
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
       (not p.perf_caps@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.eventsel[0]@host|)
       (not |p.eventsel[1]@host|)
       (not |p.eventsel[2]@host|)
       (not |p.eventsel[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.fixed_ctr_ctrl@host)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.msr_data@host)
       (not p.pending@host)
       (not p.pending@guest)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.pmu_perf_metrics@host)
       (not p.__observed_p1_p2_no_host_data_to_guest)
       (not (not p.__observed_p1_p2_no_host_data_to_guest)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_nr_gp@host p.cpuid_gp_width p.cpuid_gp_width@host p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_fixed_width@host p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.perf_caps@host p.pmu_version p.nr_gp p.nr_gp@host p.nr_fixed p.gp_counter_bitmask p.gp_counter_bitmask@host p.fixed_counter_bitmask p.fixed_counter_bitmask@host p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_gp_ctr[0]@host| |p.hw_gp_ctr[1]@host| |p.hw_gp_ctr[2]@host| |p.hw_gp_ctr[3]@host| |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| |p.hw_fixed_ctr[0]@host| |p.hw_fixed_ctr[1]@host| |p.hw_fixed_ctr[2]@host| |p.hw_fixed_ctr[3]@host| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_ctrl@host p.hw_global_status@host p.hw_perf_metrics p.hw_perf_metrics@host p.hw_perf_metrics@guest |p.pmu_gp_counter[0]@host| |p.pmu_gp_counter[1]@host| |p.pmu_gp_counter[2]@host| |p.pmu_gp_counter[3]@host| |p.eventsel[0]@host| |p.eventsel[1]@host| |p.eventsel[2]@host| |p.eventsel[3]@host| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| |p.pmu_fixed_counter[0]@host| |p.pmu_fixed_counter[1]@host| |p.pmu_fixed_counter[2]@host| |p.pmu_fixed_counter[3]@host| p.fixed_ctr_ctrl@host p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_ctrl@host p.pmu_global_status@host p.msr_data@host p.ctx p.pending p.pending@host p.pending@guest p.pending_index p.pending_index@host p.pending_data p.pending_data@host p.pending_data@guest p.after_put p.just_loaded p.pmu_perf_metrics p.pmu_perf_metrics@host p.pmu_perf_metrics@guest p.exp_pm p.__observed_p1_p2_no_host_data_to_guest
; invariant: (let ((a!1 (and (= #b00 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!2 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (=> (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) (= p.hw_perf_metrics p.pmu_perf_metrics))) (a!4 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!7 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_fixed)) #x0000000000000001) #x0000000000000020)) (a!8 (ite (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) #x0001000000000000 #x0000000000000000)) (a!10 (and (= #b10 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvugt p.pmu_version #x01))) (a!11 (not (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))) (let ((a!5 (=> a!4 (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|)) (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|)) (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|)) (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|))))) (a!6 (=> a!4 (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|)) (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|)) (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|)) (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|))))) (a!9 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp)) #x0000000000000001) a!7 a!8)) (a!12 (=> a!4 (not (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))))) (let ((a!13 (and (not (= #b1 ((_ extract 48 48) p.pmu_global_ctrl))) a!12))) (and (=> p.after_put a!1) (= p.pmu_perf_metrics p.exp_pm) (=> p.just_loaded (and a!2 a!3)) (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x04) (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed)) a!5 a!6 (=> a!4 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host))) (=> (and a!4 cfg.host_perf_metrics) (not p.hw_perf_metrics@host)) (ite (bvugt p.pmu_version #x01) (= p.global_ctrl_rsvd (bvnot a!9)) (= #xffffffffffffffff p.global_ctrl_rsvd)) (=> (= #b1 ((_ extract 15 15) p.perf_caps)) (and cfg.enable_mediated_pmu cfg.host_perf_metrics)) (=> (bvugt p.pmu_version #x01) (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))) (=> a!10 (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd))) (=> a!11 a!13) (=> (and a!4 a!11) (not p.hw_perf_metrics@guest)) (=> a!1 (not p.hw_perf_metrics@guest)) (=> (not p.has_run) (or (not p.hw_perf_metrics@guest) a!2)) (=> (not cfg.host_perf_metrics) (not p.hw_perf_metrics@guest)) (=> (= #b10 p.ctx) p.has_run) (not p.cpuid_nr_gp@host) (not p.cpuid_gp_width@host) (not p.cpuid_fixed_width@host) (not p.perf_caps@host) (not p.nr_gp@host) (not p.gp_counter_bitmask@host) (not p.fixed_counter_bitmask@host) (not |p.pmu_gp_counter[0]@host|) (not |p.pmu_gp_counter[1]@host|) (not |p.pmu_gp_counter[2]@host|) (not |p.pmu_gp_counter[3]@host|) (not |p.eventsel[0]@host|) (not |p.eventsel[1]@host|) (not |p.eventsel[2]@host|) (not |p.eventsel[3]@host|) (not |p.pmu_fixed_counter[0]@host|) (not |p.pmu_fixed_counter[1]@host|) (not |p.pmu_fixed_counter[2]@host|) (not |p.pmu_fixed_counter[3]@host|) (not p.fixed_ctr_ctrl@host) (not p.pmu_global_ctrl@host) (not p.pmu_global_status@host) (not p.msr_data@host) (not p.pending@host) (not p.pending@guest) (not p.pending_index@host) (not p.pending_data@host) (not p.pmu_perf_metrics@host) (not p.__observed_p1_p2_no_host_data_to_guest)))))
; trigger: reached at depth 4
