; vpmu-formal-certificate-1
; spec: mediated_restore
; property: p5_load_restores_saved_counters
; key: fbd6fe14049ad932f761f1e2bd29fe7846696e971e30d5f13f221294ed9fc1ed
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun |p.exp_fx[3]| () (_ BitVec 64))
(declare-fun |p.hw_fixed_ctr[3]| () (_ BitVec 64))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun |p.exp_fx[2]| () (_ BitVec 64))
(declare-fun |p.hw_fixed_ctr[2]| () (_ BitVec 64))
(declare-fun |p.exp_fx[1]| () (_ BitVec 64))
(declare-fun |p.hw_fixed_ctr[1]| () (_ BitVec 64))
(declare-fun |p.exp_fx[0]| () (_ BitVec 64))
(declare-fun |p.hw_fixed_ctr[0]| () (_ BitVec 64))
(declare-fun |p.exp_gp[3]| () (_ BitVec 64))
(declare-fun |p.hw_gp_ctr[3]| () (_ BitVec 64))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun |p.exp_gp[2]| () (_ BitVec 64))
(declare-fun |p.hw_gp_ctr[2]| () (_ BitVec 64))
(declare-fun |p.exp_gp[1]| () (_ BitVec 64))
(declare-fun |p.hw_gp_ctr[1]| () (_ BitVec 64))
(declare-fun |p.exp_gp[0]| () (_ BitVec 64))
(declare-fun |p.hw_gp_ctr[0]| () (_ BitVec 64))
(declare-fun p.just_loaded () Bool)
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun |p.pmu_fixed_counter[3]| () (_ BitVec 64))
(declare-fun |p.pmu_fixed_counter[2]| () (_ BitVec 64))
(declare-fun |p.pmu_fixed_counter[1]| () (_ BitVec 64))
(declare-fun |p.pmu_fixed_counter[0]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[3]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[2]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[1]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[0]| () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun p.global_status_rsvd () (_ BitVec 64))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.raw_event_mask_txcp () Bool)
(declare-fun p.reserved_bits () (_ BitVec 64))
(declare-fun p.fixed_counter_bitmask () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun cfg.host_perf_cap_legacy () (_ BitVec 64))
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun p.cpuid_tsx () Bool)
(declare-fun p.cpuid_pdcm () Bool)
(declare-fun p.cpuid_fixed_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_fixed () (_ BitVec 8))
(declare-fun p.cpuid_gp_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_gp () (_ BitVec 8))
(declare-fun p.cpuid_version () (_ BitVec 8))
(declare-fun p.has_run () Bool)
(declare-fun cfg.vm_enable_pmu () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_count.delta () (_ BitVec 64))
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.17 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.16 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.15 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.14 () (_ BitVec 64))
(declare-fun |p.hw_eventsel[3]| () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.12 () (_ BitVec 64))
(declare-fun |p.hw_eventsel[2]| () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.10 () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.8 () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.6 () (_ BitVec 64))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_gp_ctr[0]| (_ BitVec 64)) (|p.hw_gp_ctr[1]| (_ BitVec 64)) (|p.hw_gp_ctr[2]| (_ BitVec 64)) (|p.hw_gp_ctr[3]| (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (|p.hw_fixed_ctr[0]| (_ BitVec 64)) (|p.hw_fixed_ctr[1]| (_ BitVec 64)) (|p.hw_fixed_ctr[2]| (_ BitVec 64)) (|p.hw_fixed_ctr[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (|p.pmu_gp_counter[0]| (_ BitVec 64)) (|p.pmu_gp_counter[1]| (_ BitVec 64)) (|p.pmu_gp_counter[2]| (_ BitVec 64)) (|p.pmu_gp_counter[3]| (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_fixed_counter[0]| (_ BitVec 64)) (|p.pmu_fixed_counter[1]| (_ BitVec 64)) (|p.pmu_fixed_counter[2]| (_ BitVec 64)) (|p.pmu_fixed_counter[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.just_loaded Bool) (|p.exp_gp[0]| (_ BitVec 64)) (|p.exp_gp[1]| (_ BitVec 64)) (|p.exp_gp[2]| (_ BitVec 64)) (|p.exp_gp[3]| (_ BitVec 64)) (|p.exp_fx[0]| (_ BitVec 64)) (|p.exp_fx[1]| (_ BitVec 64)) (|p.exp_fx[2]| (_ BitVec 64)) (|p.exp_fx[3]| (_ BitVec 64))) Bool
  (let ((a!1 (=> p.just_loaded
               (and (= #b01 p.ctx)
                    cfg.enable_mediated_pmu
                    (not (= #x00 p.pmu_version))
                    (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_gp_ctr[0]| |p.pmu_gp_counter[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_gp_ctr[1]| |p.pmu_gp_counter[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_gp_ctr[2]| |p.pmu_gp_counter[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_gp_ctr[3]| |p.pmu_gp_counter[3]|))
                    (=> (bvult #x00 p.nr_fixed)
                        (= |p.hw_fixed_ctr[0]| |p.pmu_fixed_counter[0]|))
                    (=> (bvult #x01 p.nr_fixed)
                        (= |p.hw_fixed_ctr[1]| |p.pmu_fixed_counter[1]|))
                    (=> (bvult #x02 p.nr_fixed)
                        (= |p.hw_fixed_ctr[2]| |p.pmu_fixed_counter[2]|))
                    (=> (bvult #x03 p.nr_fixed)
                        (= |p.hw_fixed_ctr[3]| |p.pmu_fixed_counter[3]|)))))
      (a!2 (=> p.just_loaded
               (and (=> (bvult #x00 p.nr_gp) (= |p.hw_gp_ctr[0]| |p.exp_gp[0]|))
                    (=> (bvult #x01 p.nr_gp) (= |p.hw_gp_ctr[1]| |p.exp_gp[1]|))
                    (=> (bvult #x02 p.nr_gp) (= |p.hw_gp_ctr[2]| |p.exp_gp[2]|))
                    (=> (bvult #x03 p.nr_gp) (= |p.hw_gp_ctr[3]| |p.exp_gp[3]|))
                    (=> (bvult #x00 p.nr_fixed)
                        (= |p.hw_fixed_ctr[0]| |p.exp_fx[0]|))
                    (=> (bvult #x01 p.nr_fixed)
                        (= |p.hw_fixed_ctr[1]| |p.exp_fx[1]|))
                    (=> (bvult #x02 p.nr_fixed)
                        (= |p.hw_fixed_ctr[2]| |p.exp_fx[2]|))
                    (=> (bvult #x03 p.nr_fixed)
                        (= |p.hw_fixed_ctr[3]| |p.exp_fx[3]|))))))
  (and (=> (bvult #x00 p.nr_gp) (= |p.pmu_gp_counter[0]| |p.exp_gp[0]|))
       (=> (bvult #x01 p.nr_gp) (= |p.pmu_gp_counter[1]| |p.exp_gp[1]|))
       (=> (bvult #x02 p.nr_gp) (= |p.pmu_gp_counter[2]| |p.exp_gp[2]|))
       (=> (bvult #x03 p.nr_gp) (= |p.pmu_gp_counter[3]| |p.exp_gp[3]|))
       (=> (bvult #x00 p.nr_fixed) (= |p.pmu_fixed_counter[0]| |p.exp_fx[0]|))
       (=> (bvult #x01 p.nr_fixed) (= |p.pmu_fixed_counter[1]| |p.exp_fx[1]|))
       (=> (bvult #x02 p.nr_fixed) (= |p.pmu_fixed_counter[2]| |p.exp_fx[2]|))
       (=> (bvult #x03 p.nr_fixed) (= |p.pmu_fixed_counter[3]| |p.exp_fx[3]|))
       a!1
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       a!2)))
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
      (a!5 (=> p.just_loaded
               (and (= #b01 p.ctx)
                    cfg.enable_mediated_pmu
                    (not (= #x00 p.pmu_version))
                    (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_gp_ctr[0]| |p.pmu_gp_counter[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_gp_ctr[1]| |p.pmu_gp_counter[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_gp_ctr[2]| |p.pmu_gp_counter[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_gp_ctr[3]| |p.pmu_gp_counter[3]|))
                    (=> (bvult #x00 p.nr_fixed)
                        (= |p.hw_fixed_ctr[0]| |p.pmu_fixed_counter[0]|))
                    (=> (bvult #x01 p.nr_fixed)
                        (= |p.hw_fixed_ctr[1]| |p.pmu_fixed_counter[1]|))
                    (=> (bvult #x02 p.nr_fixed)
                        (= |p.hw_fixed_ctr[2]| |p.pmu_fixed_counter[2]|))
                    (=> (bvult #x03 p.nr_fixed)
                        (= |p.hw_fixed_ctr[3]| |p.pmu_fixed_counter[3]|)))))
      (a!6 (=> p.just_loaded
               (and (=> (bvult #x00 p.nr_gp) (= |p.hw_gp_ctr[0]| |p.exp_gp[0]|))
                    (=> (bvult #x01 p.nr_gp) (= |p.hw_gp_ctr[1]| |p.exp_gp[1]|))
                    (=> (bvult #x02 p.nr_gp) (= |p.hw_gp_ctr[2]| |p.exp_gp[2]|))
                    (=> (bvult #x03 p.nr_gp) (= |p.hw_gp_ctr[3]| |p.exp_gp[3]|))
                    (=> (bvult #x00 p.nr_fixed)
                        (= |p.hw_fixed_ctr[0]| |p.exp_fx[0]|))
                    (=> (bvult #x01 p.nr_fixed)
                        (= |p.hw_fixed_ctr[1]| |p.exp_fx[1]|))
                    (=> (bvult #x02 p.nr_fixed)
                        (= |p.hw_fixed_ctr[2]| |p.exp_fx[2]|))
                    (=> (bvult #x03 p.nr_fixed)
                        (= |p.hw_fixed_ctr[3]| |p.exp_fx[3]|))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!7 (not (and (=> (bvult #x00 p.nr_gp)
                         (= |p.pmu_gp_counter[0]| |p.exp_gp[0]|))
                     (=> (bvult #x01 p.nr_gp)
                         (= |p.pmu_gp_counter[1]| |p.exp_gp[1]|))
                     (=> (bvult #x02 p.nr_gp)
                         (= |p.pmu_gp_counter[2]| |p.exp_gp[2]|))
                     (=> (bvult #x03 p.nr_gp)
                         (= |p.pmu_gp_counter[3]| |p.exp_gp[3]|))
                     (=> (bvult #x00 p.nr_fixed)
                         (= |p.pmu_fixed_counter[0]| |p.exp_fx[0]|))
                     (=> (bvult #x01 p.nr_fixed)
                         (= |p.pmu_fixed_counter[1]| |p.exp_fx[1]|))
                     (=> (bvult #x02 p.nr_fixed)
                         (= |p.pmu_fixed_counter[2]| |p.exp_fx[2]|))
                     (=> (bvult #x03 p.nr_fixed)
                         (= |p.pmu_fixed_counter[3]| |p.exp_fx[3]|))
                     a!5
                     (=> (= #b10 p.ctx) (= #b00 p.pending))
                     a!6))))
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
       (= #x00 p.cpuid_gp_width)
       (= #x00 p.cpuid_nr_fixed)
       (= #x00 p.cpuid_fixed_width)
       (= p.cpuid_pdcm false)
       (= p.cpuid_tsx false)
       (= p.perf_caps
          (bvor #x0000000000002000
                (ite cfg.enable_mediated_pmu
                     #x0000000000000000
                     cfg.host_perf_cap_legacy)))
       (= #x00 p.pmu_version)
       (= #x00 p.nr_gp)
       (= #x00 p.nr_fixed)
       (= #x0000000000000000 p.gp_counter_bitmask)
       (= #x0000000000000000 p.fixed_counter_bitmask)
       (= #xffffffff00200000 p.reserved_bits)
       (= p.raw_event_mask_txcp false)
       (= #xffffffffffffffff p.fixed_ctr_ctrl_rsvd)
       (= #xffffffffffffffff p.global_ctrl_rsvd)
       (= #xffffffffffffffff p.global_status_rsvd)
       (= #x0000000000000000 |p.pmu_gp_counter[0]|)
       (= #x0000000000000000 |p.pmu_gp_counter[1]|)
       (= #x0000000000000000 |p.pmu_gp_counter[2]|)
       (= #x0000000000000000 |p.pmu_gp_counter[3]|)
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 |p.eventsel_hw[2]|)
       (= #x0000000000000000 |p.eventsel_hw[3]|)
       (= #x0000000000000000 |p.pmu_fixed_counter[0]|)
       (= #x0000000000000000 |p.pmu_fixed_counter[1]|)
       (= #x0000000000000000 |p.pmu_fixed_counter[2]|)
       (= #x0000000000000000 |p.pmu_fixed_counter[3]|)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (= p.just_loaded false)
       (= #x0000000000000000 |p.exp_gp[0]|)
       (= #x0000000000000000 |p.exp_gp[1]|)
       (= #x0000000000000000 |p.exp_gp[2]|)
       (= #x0000000000000000 |p.exp_gp[3]|)
       (= #x0000000000000000 |p.exp_fx[0]|)
       (= #x0000000000000000 |p.exp_fx[1]|)
       (= #x0000000000000000 |p.exp_fx[2]|)
       (= #x0000000000000000 |p.exp_fx[3]|)
       a!7))))
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
      (a!5 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (=> (bvult #x00 p.nr_gp)
                    (= |p.hw_gp_ctr[0]| |p.pmu_gp_counter[0]|))
                (=> (bvult #x01 p.nr_gp)
                    (= |p.hw_gp_ctr[1]| |p.pmu_gp_counter[1]|))
                (=> (bvult #x02 p.nr_gp)
                    (= |p.hw_gp_ctr[2]| |p.pmu_gp_counter[2]|))
                (=> (bvult #x03 p.nr_gp)
                    (= |p.hw_gp_ctr[3]| |p.pmu_gp_counter[3]|))
                (=> (bvult #x00 p.nr_fixed)
                    (= |p.hw_fixed_ctr[0]| |p.pmu_fixed_counter[0]|))
                (=> (bvult #x01 p.nr_fixed)
                    (= |p.hw_fixed_ctr[1]| |p.pmu_fixed_counter[1]|))
                (=> (bvult #x02 p.nr_fixed)
                    (= |p.hw_fixed_ctr[2]| |p.pmu_fixed_counter[2]|))
                (=> (bvult #x03 p.nr_fixed)
                    (= |p.hw_fixed_ctr[3]| |p.pmu_fixed_counter[3]|))))
      (a!6 (=> p.just_loaded
               (and (=> (bvult #x00 p.nr_gp) (= |p.hw_gp_ctr[0]| |p.exp_gp[0]|))
                    (=> (bvult #x01 p.nr_gp) (= |p.hw_gp_ctr[1]| |p.exp_gp[1]|))
                    (=> (bvult #x02 p.nr_gp) (= |p.hw_gp_ctr[2]| |p.exp_gp[2]|))
                    (=> (bvult #x03 p.nr_gp) (= |p.hw_gp_ctr[3]| |p.exp_gp[3]|))
                    (=> (bvult #x00 p.nr_fixed)
                        (= |p.hw_fixed_ctr[0]| |p.exp_fx[0]|))
                    (=> (bvult #x01 p.nr_fixed)
                        (= |p.hw_fixed_ctr[1]| |p.exp_fx[1]|))
                    (=> (bvult #x02 p.nr_fixed)
                        (= |p.hw_fixed_ctr[2]| |p.exp_fx[2]|))
                    (=> (bvult #x03 p.nr_fixed)
                        (= |p.hw_fixed_ctr[3]| |p.exp_fx[3]|)))))
      (a!7 (and (= #x8 actp)
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
      (a!8 (and (= #x9 actp)
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
      (a!9 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!12 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!13 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!14 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!15 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!16 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx)))))
      (a!18 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!24 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      (bvand |p.hw_gp_ctr[0]| cfg.host_gp_mask)
                      |p.pmu_gp_counter[0]|)
                 |p.pmu_gp_counter[0]|))
      (a!25 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!26 (and (= #x0000038d
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (bvugt p.pmu_version #x01)))
      (a!27 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c5)))
      (a!28 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c5)))
      (a!30 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000018a)))
      (a!33 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 11) p.pending_index))
                    #b000000000000000000000)))
      (a!36 (bvor p.gp_counter_bitmask
                  (bvnot (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data))))
      (a!38 (or (= (ite (= p.pending #b00)
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
      (a!40 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 9) p.pending_index))
                    #b00000000000000000000000)))
      (a!45 ((_ sign_extend 32)
              ((_ extract 31 0)
                (ite (= #b00 p.pending)
                     inp.kvm_emulate_pmu_access.data
                     p.pending_data))))
      (a!54 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      (bvand |p.hw_gp_ctr[0]| cfg.host_gp_mask)
                      |p.exp_gp[0]|)
                 |p.exp_gp[0]|))
      (a!64 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x01 p.nr_gp)
                      (bvand |p.hw_gp_ctr[1]| cfg.host_gp_mask)
                      |p.pmu_gp_counter[1]|)
                 |p.pmu_gp_counter[1]|))
      (a!72 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x01 p.nr_gp)
                      (bvand |p.hw_gp_ctr[1]| cfg.host_gp_mask)
                      |p.exp_gp[1]|)
                 |p.exp_gp[1]|))
      (a!82 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x02 p.nr_gp)
                      (bvand |p.hw_gp_ctr[2]| cfg.host_gp_mask)
                      |p.pmu_gp_counter[2]|)
                 |p.pmu_gp_counter[2]|))
      (a!90 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x02 p.nr_gp)
                      (bvand |p.hw_gp_ctr[2]| cfg.host_gp_mask)
                      |p.exp_gp[2]|)
                 |p.exp_gp[2]|))
      (a!100 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       (bvand |p.hw_gp_ctr[3]| cfg.host_gp_mask)
                       |p.pmu_gp_counter[3]|)
                  |p.pmu_gp_counter[3]|))
      (a!108 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       (bvand |p.hw_gp_ctr[3]| cfg.host_gp_mask)
                       |p.exp_gp[3]|)
                  |p.exp_gp[3]|))
      (a!116 (not (= #x01
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!117 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                              p.cpuid_nr_fixed
                              (ite p.has_run
                                   p.cpuid_nr_fixed
                                   inp.kvm_set_config.fixed))
                         (ite (bvult cfg.host_nr_fixed #x03)
                              cfg.host_nr_fixed
                              #x03))
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_nr_fixed
                       (ite p.has_run p.cpuid_nr_fixed inp.kvm_set_config.fixed))
                  (ite (bvult cfg.host_nr_fixed #x03) cfg.host_nr_fixed #x03)))
      (a!124 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       (bvand |p.hw_fixed_ctr[0]| cfg.host_fixed_mask)
                       |p.pmu_fixed_counter[0]|)
                  |p.pmu_fixed_counter[0]|))
      (a!125 (bvult (bvsub (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x00000309)
                    ((_ zero_extend 24) p.nr_fixed)))
      (a!136 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       (bvand |p.hw_fixed_ctr[0]| cfg.host_fixed_mask)
                       |p.exp_fx[0]|)
                  |p.exp_fx[0]|))
      (a!147 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       (bvand |p.hw_fixed_ctr[1]| cfg.host_fixed_mask)
                       |p.pmu_fixed_counter[1]|)
                  |p.pmu_fixed_counter[1]|))
      (a!157 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       (bvand |p.hw_fixed_ctr[1]| cfg.host_fixed_mask)
                       |p.exp_fx[1]|)
                  |p.exp_fx[1]|))
      (a!168 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       (bvand |p.hw_fixed_ctr[2]| cfg.host_fixed_mask)
                       |p.pmu_fixed_counter[2]|)
                  |p.pmu_fixed_counter[2]|))
      (a!178 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       (bvand |p.hw_fixed_ctr[2]| cfg.host_fixed_mask)
                       |p.exp_fx[2]|)
                  |p.exp_fx[2]|))
      (a!189 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       (bvand |p.hw_fixed_ctr[3]| cfg.host_fixed_mask)
                       |p.pmu_fixed_counter[3]|)
                  |p.pmu_fixed_counter[3]|))
      (a!199 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       (bvand |p.hw_fixed_ctr[3]| cfg.host_fixed_mask)
                       |p.exp_fx[3]|)
                  |p.exp_fx[3]|))
      (a!208 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  true
                  p.just_loaded))
      (a!210 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!213 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x00 p.nr_gp)))
      (a!214 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x01 p.nr_gp)))
      (a!215 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x02 p.nr_gp)))
      (a!216 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x03 p.nr_gp)))
      (a!221 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x00 p.nr_fixed)))
      (a!222 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x01 p.nr_fixed)))
      (a!223 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x02 p.nr_fixed)))
      (a!224 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x03 p.nr_fixed)))
      (a!244 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_gp_counter[0]|
                       |p.hw_gp_ctr[0]|)
                  |p.hw_gp_ctr[0]|))
      (a!245 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) #x0000000000000000 |p.hw_gp_ctr[0]|)
                  |p.hw_gp_ctr[0]|))
      (a!246 (ite (and (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                  (bvadd |p.hw_gp_ctr[0]| inp.guest_count.delta)
                  |p.hw_gp_ctr[0]|))
      (a!247 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvsub inp.guest_wrmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                            (bvult inp.guest_wrmsr.msr #x0000018a))
                       (bvsub inp.guest_wrmsr.msr #x00000186)
                       (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!249 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000001 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!250 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000101 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!251 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110000110 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!252 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110001010 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!255 (= (bvnot (bvor cfg.host_gp_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!261 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_gp_counter[1]|
                       |p.hw_gp_ctr[1]|)
                  |p.hw_gp_ctr[1]|))
      (a!262 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) #x0000000000000000 |p.hw_gp_ctr[1]|)
                  |p.hw_gp_ctr[1]|))
      (a!263 (ite (and (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                  (bvadd |p.hw_gp_ctr[1]| inp.guest_count.delta)
                  |p.hw_gp_ctr[1]|))
      (a!269 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_gp_counter[2]|
                       |p.hw_gp_ctr[2]|)
                  |p.hw_gp_ctr[2]|))
      (a!270 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) #x0000000000000000 |p.hw_gp_ctr[2]|)
                  |p.hw_gp_ctr[2]|))
      (a!271 (ite (and (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[2]|)))
                  (bvadd |p.hw_gp_ctr[2]| inp.guest_count.delta)
                  |p.hw_gp_ctr[2]|))
      (a!277 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_gp_counter[3]|
                       |p.hw_gp_ctr[3]|)
                  |p.hw_gp_ctr[3]|))
      (a!278 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) #x0000000000000000 |p.hw_gp_ctr[3]|)
                  |p.hw_gp_ctr[3]|))
      (a!279 (ite (and (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[3]|)))
                  (bvadd |p.hw_gp_ctr[3]| inp.guest_count.delta)
                  |p.hw_gp_ctr[3]|))
      (a!285 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.pmu_fixed_counter[0]|
                       |p.hw_fixed_ctr[0]|)
                  |p.hw_fixed_ctr[0]|))
      (a!286 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       #x0000000000000000
                       |p.hw_fixed_ctr[0]|)
                  |p.hw_fixed_ctr[0]|))
      (a!287 (and (bvult #x00 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 32 32) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 0 0) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 1 1) p.hw_fixed_ctr_ctrl)))))
      (a!288 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!289 (= (bvnot (bvor cfg.host_fixed_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!295 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.pmu_fixed_counter[1]|
                       |p.hw_fixed_ctr[1]|)
                  |p.hw_fixed_ctr[1]|))
      (a!296 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       #x0000000000000000
                       |p.hw_fixed_ctr[1]|)
                  |p.hw_fixed_ctr[1]|))
      (a!297 (and (bvult #x01 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 33 33) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 4 4) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 5 5) p.hw_fixed_ctr_ctrl)))))
      (a!303 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.pmu_fixed_counter[2]|
                       |p.hw_fixed_ctr[2]|)
                  |p.hw_fixed_ctr[2]|))
      (a!304 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       #x0000000000000000
                       |p.hw_fixed_ctr[2]|)
                  |p.hw_fixed_ctr[2]|))
      (a!305 (and (bvult #x02 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 34 34) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 8 8) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 9 9) p.hw_fixed_ctr_ctrl)))))
      (a!311 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.pmu_fixed_counter[3]|
                       |p.hw_fixed_ctr[3]|)
                  |p.hw_fixed_ctr[3]|))
      (a!312 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       #x0000000000000000
                       |p.hw_fixed_ctr[3]|)
                  |p.hw_fixed_ctr[3]|))
      (a!313 (and (bvult #x03 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 35 35) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 12 12) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 13 13) p.hw_fixed_ctr_ctrl))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!10 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!9)))
      (a!17 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!14) #x0000000000000000) p.cpuid_pdcm a!15)
                 (or (not p.has_run) a!16)))
      (a!29 (and a!28
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!31 (ite a!30
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)))
      (a!34 (or a!33
                (bvule #b10011000001
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!35 (or a!33
                (bvule #b10011000101
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!39 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000)) (not a!38)))
      (a!41 (or a!40
                (bvule #b110000110
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!42 (or a!40
                (bvule #b110001010
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!46 (ite (and (not (= #b00 p.pending)) a!27)
                 a!45
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)))
      (a!126 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000309)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000030d)
                  a!125))
      (a!209 (ite (= #x1 actp)
                  a!208
                  (ite (= #x2 actp)
                       false
                       (ite (= #x4 actp) false p.just_loaded))))
      (a!211 (or a!210
                 (not (= p.nr_gp cfg.host_nr_gp))
                 (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!217 (and a!213
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!218 (and a!214
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!219 (and a!215
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!220 (and a!216
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!248 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                       (bvult inp.guest_wrmsr.msr #x000000c5))
                  (bvult a!247 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!253 (ite (and a!249 (not a!250))
                  (bvadd #xfffffb3f inp.guest_wrmsr.msr)
                  (ite (and a!251 (not a!252))
                       (bvadd #xfffffe7a inp.guest_wrmsr.msr)
                       (bvadd #xffffff3f inp.guest_wrmsr.msr))))
      (a!254 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvult a!247 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!290 (ite a!288
                  (ite (and a!289 (= inp.guest_wrmsr.msr #x00000309))
                       inp.guest_wrmsr.data
                       |p.hw_fixed_ctr[0]|)
                  |p.hw_fixed_ctr[0]|))
      (a!298 (ite a!288
                  (ite (and a!289 (= inp.guest_wrmsr.msr #x0000030a))
                       inp.guest_wrmsr.data
                       |p.hw_fixed_ctr[1]|)
                  |p.hw_fixed_ctr[1]|))
      (a!306 (ite a!288
                  (ite (and a!289 (= inp.guest_wrmsr.msr #x0000030b))
                       inp.guest_wrmsr.data
                       |p.hw_fixed_ctr[2]|)
                  |p.hw_fixed_ctr[2]|))
      (a!314 (ite a!288
                  (ite (and a!289 (= inp.guest_wrmsr.msr #x0000030c))
                       inp.guest_wrmsr.data
                       |p.hw_fixed_ctr[3]|)
                  |p.hw_fixed_ctr[3]|)))
(let ((a!11 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!7
                a!8
                a!10))
      (a!19 (ite (and (not p.has_run) a!17)
                 a!18
                 (ite (and (not p.has_run) a!17) #x00 p.nr_gp)))
      (a!23 (ite a!12
                 (ite (and (not p.has_run) a!17)
                      #x0000000000000000
                      |p.pmu_gp_counter[0]|)
                 |p.pmu_gp_counter[0]|))
      (a!32 (ite a!28
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 a!31))
      (a!37 (and a!34 (not a!35) (not (= (bvnot a!36) #x0000000000000000))))
      (a!43 (ite (and a!41 (not a!42))
                 (bvadd #xfffffe7a
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 (bvadd #xffffff3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))))
      (a!53 (ite a!12
                 (ite (and (not p.has_run) a!17)
                      #x0000000000000000
                      |p.exp_gp[0]|)
                 |p.exp_gp[0]|))
      (a!63 (ite a!12
                 (ite (and (not p.has_run) a!17)
                      #x0000000000000000
                      |p.pmu_gp_counter[1]|)
                 |p.pmu_gp_counter[1]|))
      (a!71 (ite a!12
                 (ite (and (not p.has_run) a!17)
                      #x0000000000000000
                      |p.exp_gp[1]|)
                 |p.exp_gp[1]|))
      (a!81 (ite a!12
                 (ite (and (not p.has_run) a!17)
                      #x0000000000000000
                      |p.pmu_gp_counter[2]|)
                 |p.pmu_gp_counter[2]|))
      (a!89 (ite a!12
                 (ite (and (not p.has_run) a!17)
                      #x0000000000000000
                      |p.exp_gp[2]|)
                 |p.exp_gp[2]|))
      (a!99 (ite a!12
                 (ite (and (not p.has_run) a!17)
                      #x0000000000000000
                      |p.pmu_gp_counter[3]|)
                 |p.pmu_gp_counter[3]|))
      (a!107 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.exp_gp[3]|)
                  |p.exp_gp[3]|))
      (a!118 (ite (and (not p.has_run) a!17)
                  a!117
                  (ite (and (not p.has_run) a!17) #x00 p.nr_fixed)))
      (a!123 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.pmu_fixed_counter[0]|)
                  |p.pmu_fixed_counter[0]|))
      (a!127 (and a!39
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x00000309)))
      (a!135 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.exp_fx[0]|)
                  |p.exp_fx[0]|))
      (a!146 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.pmu_fixed_counter[1]|)
                  |p.pmu_fixed_counter[1]|))
      (a!148 (and a!39
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030a)))
      (a!156 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.exp_fx[1]|)
                  |p.exp_fx[1]|))
      (a!167 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.pmu_fixed_counter[2]|)
                  |p.pmu_fixed_counter[2]|))
      (a!169 (and a!39
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030b)))
      (a!177 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.exp_fx[2]|)
                  |p.exp_fx[2]|))
      (a!188 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.pmu_fixed_counter[3]|)
                  |p.pmu_fixed_counter[3]|))
      (a!190 (and a!39
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030c)))
      (a!198 (ite a!12
                  (ite (and (not p.has_run) a!17)
                       #x0000000000000000
                       |p.exp_fx[3]|)
                  |p.exp_fx[3]|))
      (a!212 (or cfg.enable_vmware_backdoor
                 a!211
                 (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                 (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!225 (ite (= #x00000390 inp.guest_rdmsr.msr)
                  (or a!211 (not (bvugt p.pmu_version #x01)))
                  true))
      (a!232 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  (or a!211 (not (bvugt p.pmu_version #x01)))
                  true))
      (a!241 (ite (and (not p.has_run) a!17)
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_version
                       (ite p.has_run
                            p.cpuid_version
                            inp.kvm_set_config.version))
                  (ite (and (not p.has_run) a!17) #x00 p.pmu_version)))
      (a!256 (ite a!254
                  (ite (and a!255 (= a!253 #x00000000))
                       inp.guest_wrmsr.data
                       |p.hw_gp_ctr[0]|)
                  |p.hw_gp_ctr[0]|))
      (a!264 (ite a!254
                  (ite (and a!255 (= a!253 #x00000001))
                       inp.guest_wrmsr.data
                       |p.hw_gp_ctr[1]|)
                  |p.hw_gp_ctr[1]|))
      (a!272 (ite a!254
                  (ite (and a!255 (= a!253 #x00000002))
                       inp.guest_wrmsr.data
                       |p.hw_gp_ctr[2]|)
                  |p.hw_gp_ctr[2]|))
      (a!280 (ite a!254
                  (ite (and a!255 (= a!253 #x00000003))
                       inp.guest_wrmsr.data
                       |p.hw_gp_ctr[3]|)
                  |p.hw_gp_ctr[3]|)))
(let ((a!20 (ite a!13 a!19 (ite (and (not p.has_run) a!17) #x00 p.nr_gp)))
      (a!44 (ite (and a!34 (not a!35))
                 (bvadd #xfffffb3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 a!43))
      (a!119 (ite a!116 a!118 (ite (and (not p.has_run) a!17) #x00 p.nr_fixed)))
      (a!128 (ite a!127
                  (bvand (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data)
                         p.fixed_counter_bitmask)
                  |p.pmu_fixed_counter[0]|))
      (a!137 (ite a!127
                  (bvand (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data)
                         p.fixed_counter_bitmask)
                  |p.exp_fx[0]|))
      (a!149 (ite a!148
                  (bvand (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data)
                         p.fixed_counter_bitmask)
                  |p.pmu_fixed_counter[1]|))
      (a!158 (ite a!148
                  (bvand (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data)
                         p.fixed_counter_bitmask)
                  |p.exp_fx[1]|))
      (a!170 (ite a!169
                  (bvand (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data)
                         p.fixed_counter_bitmask)
                  |p.pmu_fixed_counter[2]|))
      (a!179 (ite a!169
                  (bvand (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data)
                         p.fixed_counter_bitmask)
                  |p.exp_fx[2]|))
      (a!191 (ite a!190
                  (bvand (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data)
                         p.fixed_counter_bitmask)
                  |p.pmu_fixed_counter[3]|))
      (a!200 (ite a!190
                  (bvand (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data)
                         p.fixed_counter_bitmask)
                  |p.exp_fx[3]|))
      (a!226 (ite (= #x0000038f inp.guest_rdmsr.msr)
                  (or a!211 (not (bvugt p.pmu_version #x01)))
                  a!225))
      (a!233 (ite (= #x0000038f inp.guest_wrmsr.msr)
                  (or a!211 (not (bvugt p.pmu_version #x01)))
                  a!232))
      (a!242 (ite cfg.vm_enable_pmu
                  a!241
                  (ite (and (not p.has_run) a!17) #x00 p.pmu_version)))
      (a!257 (ite a!248
                  (ite (= a!253 #x00000000)
                       ((_ sign_extend 32)
                         ((_ extract 31 0) inp.guest_wrmsr.data))
                       |p.hw_gp_ctr[0]|)
                  a!256))
      (a!265 (ite a!248
                  (ite (= a!253 #x00000001)
                       ((_ sign_extend 32)
                         ((_ extract 31 0) inp.guest_wrmsr.data))
                       |p.hw_gp_ctr[1]|)
                  a!264))
      (a!273 (ite a!248
                  (ite (= a!253 #x00000002)
                       ((_ sign_extend 32)
                         ((_ extract 31 0) inp.guest_wrmsr.data))
                       |p.hw_gp_ctr[2]|)
                  a!272))
      (a!281 (ite a!248
                  (ite (= a!253 #x00000003)
                       ((_ sign_extend 32)
                         ((_ extract 31 0) inp.guest_wrmsr.data))
                       |p.hw_gp_ctr[3]|)
                  a!280)))
(let ((a!21 (ite cfg.vm_enable_pmu
                 a!20
                 (ite (and (not p.has_run) a!17) #x00 p.nr_gp)))
      (a!47 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                 (ite (and (not a!37) a!39 (= a!44 #x00000000))
                      (bvand a!46 p.gp_counter_bitmask)
                      |p.pmu_gp_counter[0]|)
                 |p.pmu_gp_counter[0]|))
      (a!55 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                 (ite (and (not a!37) a!39 (= a!44 #x00000000))
                      (bvand a!46 p.gp_counter_bitmask)
                      |p.exp_gp[0]|)
                 |p.exp_gp[0]|))
      (a!65 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                 (ite (and (not a!37) a!39 (= a!44 #x00000001))
                      (bvand a!46 p.gp_counter_bitmask)
                      |p.pmu_gp_counter[1]|)
                 |p.pmu_gp_counter[1]|))
      (a!73 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                 (ite (and (not a!37) a!39 (= a!44 #x00000001))
                      (bvand a!46 p.gp_counter_bitmask)
                      |p.exp_gp[1]|)
                 |p.exp_gp[1]|))
      (a!83 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                 (ite (and (not a!37) a!39 (= a!44 #x00000002))
                      (bvand a!46 p.gp_counter_bitmask)
                      |p.pmu_gp_counter[2]|)
                 |p.pmu_gp_counter[2]|))
      (a!91 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                 (ite (and (not a!37) a!39 (= a!44 #x00000002))
                      (bvand a!46 p.gp_counter_bitmask)
                      |p.exp_gp[2]|)
                 |p.exp_gp[2]|))
      (a!101 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!37) a!39 (= a!44 #x00000003))
                       (bvand a!46 p.gp_counter_bitmask)
                       |p.pmu_gp_counter[3]|)
                  |p.pmu_gp_counter[3]|))
      (a!109 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!37) a!39 (= a!44 #x00000003))
                       (bvand a!46 p.gp_counter_bitmask)
                       |p.exp_gp[3]|)
                  |p.exp_gp[3]|))
      (a!120 (ite a!13 a!119 (ite (and (not p.has_run) a!17) #x00 p.nr_fixed)))
      (a!129 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[0]|
                  (ite a!126 a!128 |p.pmu_fixed_counter[0]|)))
      (a!138 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  |p.exp_fx[0]|
                  (ite a!126 a!137 |p.exp_fx[0]|)))
      (a!150 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[1]|
                  (ite a!126 a!149 |p.pmu_fixed_counter[1]|)))
      (a!159 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  |p.exp_fx[1]|
                  (ite a!126 a!158 |p.exp_fx[1]|)))
      (a!171 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[2]|
                  (ite a!126 a!170 |p.pmu_fixed_counter[2]|)))
      (a!180 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  |p.exp_fx[2]|
                  (ite a!126 a!179 |p.exp_fx[2]|)))
      (a!192 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[3]|
                  (ite a!126 a!191 |p.pmu_fixed_counter[3]|)))
      (a!201 (ite (and (or a!27 a!29) (bvult a!32 ((_ zero_extend 24) p.nr_gp)))
                  |p.exp_fx[3]|
                  (ite a!126 a!200 |p.exp_fx[3]|)))
      (a!227 (ite (= #x0000038e inp.guest_rdmsr.msr)
                  (or a!211 (not (bvugt p.pmu_version #x01)))
                  a!226))
      (a!234 (ite (= #x0000038e inp.guest_wrmsr.msr)
                  (or a!211 (not (bvugt p.pmu_version #x01)))
                  a!233))
      (a!243 (not (= #x00
                     (ite (= #x0 actp)
                          (ite a!12 a!242 p.pmu_version)
                          p.pmu_version)))))
(let ((a!22 (bvult #x00 (ite (= #x0 actp) (ite a!12 a!21 p.nr_gp) p.nr_gp)))
      (a!48 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[0]|
                 (ite a!26 |p.pmu_gp_counter[0]| a!47)))
      (a!56 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[0]|
                 (ite a!26 |p.exp_gp[0]| a!55)))
      (a!62 (bvult #x01 (ite (= #x0 actp) (ite a!12 a!21 p.nr_gp) p.nr_gp)))
      (a!66 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[1]|
                 (ite a!26 |p.pmu_gp_counter[1]| a!65)))
      (a!74 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[1]|
                 (ite a!26 |p.exp_gp[1]| a!73)))
      (a!80 (bvult #x02 (ite (= #x0 actp) (ite a!12 a!21 p.nr_gp) p.nr_gp)))
      (a!84 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[2]|
                 (ite a!26 |p.pmu_gp_counter[2]| a!83)))
      (a!92 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[2]|
                 (ite a!26 |p.exp_gp[2]| a!91)))
      (a!98 (bvult #x03 (ite (= #x0 actp) (ite a!12 a!21 p.nr_gp) p.nr_gp)))
      (a!102 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]|
                  (ite a!26 |p.pmu_gp_counter[3]| a!101)))
      (a!110 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_gp[3]|
                  (ite a!26 |p.exp_gp[3]| a!109)))
      (a!121 (ite cfg.vm_enable_pmu
                  a!120
                  (ite (and (not p.has_run) a!17) #x00 p.nr_fixed)))
      (a!130 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]|
                  (ite a!26 |p.pmu_fixed_counter[0]| a!129)))
      (a!139 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[0]|
                  (ite a!26 |p.exp_fx[0]| a!138)))
      (a!151 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]|
                  (ite a!26 |p.pmu_fixed_counter[1]| a!150)))
      (a!160 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[1]|
                  (ite a!26 |p.exp_fx[1]| a!159)))
      (a!172 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]|
                  (ite a!26 |p.pmu_fixed_counter[2]| a!171)))
      (a!181 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[2]|
                  (ite a!26 |p.exp_fx[2]| a!180)))
      (a!193 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]|
                  (ite a!26 |p.pmu_fixed_counter[3]| a!192)))
      (a!202 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[3]|
                  (ite a!26 |p.exp_fx[3]| a!201)))
      (a!228 (ite (= #x0000030a inp.guest_rdmsr.msr)
                  (not a!222)
                  (ite (= #x0000030b inp.guest_rdmsr.msr)
                       (not a!223)
                       (ite (= #x0000030c inp.guest_rdmsr.msr)
                            (not a!224)
                            a!227))))
      (a!235 (ite (= #x0000030a inp.guest_wrmsr.msr)
                  (not a!222)
                  (ite (= #x0000030b inp.guest_wrmsr.msr)
                       (not a!223)
                       (ite (= #x0000030c inp.guest_wrmsr.msr)
                            (not a!224)
                            a!234)))))
(let ((a!49 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[0]|
                 a!48))
      (a!57 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[0]|
                 a!56))
      (a!67 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[1]|
                 a!66))
      (a!75 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[1]|
                 a!74))
      (a!85 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[2]|
                 a!84))
      (a!93 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[2]|
                 a!92))
      (a!103 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]|
                  a!102))
      (a!111 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_gp[3]|
                  a!110))
      (a!122 (bvult #x00
                    (ite (= #x0 actp) (ite a!12 a!121 p.nr_fixed) p.nr_fixed)))
      (a!131 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]|
                  a!130))
      (a!140 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[0]|
                  a!139))
      (a!145 (bvult #x01
                    (ite (= #x0 actp) (ite a!12 a!121 p.nr_fixed) p.nr_fixed)))
      (a!152 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]|
                  a!151))
      (a!161 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[1]|
                  a!160))
      (a!166 (bvult #x02
                    (ite (= #x0 actp) (ite a!12 a!121 p.nr_fixed) p.nr_fixed)))
      (a!173 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]|
                  a!172))
      (a!182 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[2]|
                  a!181))
      (a!187 (bvult #x03
                    (ite (= #x0 actp) (ite a!12 a!121 p.nr_fixed) p.nr_fixed)))
      (a!194 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]|
                  a!193))
      (a!203 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[3]|
                  a!202))
      (a!229 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                  (not a!219)
                  (ite (= #x000004c4 inp.guest_rdmsr.msr)
                       (not a!220)
                       (ite (= #x00000309 inp.guest_rdmsr.msr)
                            (not a!221)
                            a!228))))
      (a!236 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                  (not a!219)
                  (ite (= #x000004c4 inp.guest_wrmsr.msr)
                       (not a!220)
                       (ite (= #x00000309 inp.guest_wrmsr.msr)
                            (not a!221)
                            a!235)))))
(let ((a!50 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[0]|
                 a!49))
      (a!58 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[0]|
                 a!57))
      (a!68 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[1]|
                 a!67))
      (a!76 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[1]|
                 a!75))
      (a!86 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.pmu_gp_counter[2]|
                 a!85))
      (a!94 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_gp[2]|
                 a!93))
      (a!104 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]|
                  a!103))
      (a!112 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_gp[3]|
                  a!111))
      (a!132 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]|
                  a!131))
      (a!141 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[0]|
                  a!140))
      (a!153 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]|
                  a!152))
      (a!162 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[1]|
                  a!161))
      (a!174 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]|
                  a!173))
      (a!183 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[2]|
                  a!182))
      (a!195 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]|
                  a!194))
      (a!204 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_fx[3]|
                  a!203))
      (a!230 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                  (not a!216)
                  (ite (= #x000004c1 inp.guest_rdmsr.msr)
                       (not a!217)
                       (ite (= #x000004c2 inp.guest_rdmsr.msr)
                            (not a!218)
                            a!229))))
      (a!237 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                  (not a!216)
                  (ite (= #x000004c1 inp.guest_wrmsr.msr)
                       (not a!217)
                       (ite (= #x000004c2 inp.guest_wrmsr.msr)
                            (not a!218)
                            a!236)))))
(let ((a!51 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!50
                 |p.pmu_gp_counter[0]|))
      (a!59 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!58
                 |p.exp_gp[0]|))
      (a!69 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!68
                 |p.pmu_gp_counter[1]|))
      (a!77 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!76
                 |p.exp_gp[1]|))
      (a!87 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!86
                 |p.pmu_gp_counter[2]|))
      (a!95 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!94
                 |p.exp_gp[2]|))
      (a!105 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!104
                  |p.pmu_gp_counter[3]|))
      (a!113 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!112
                  |p.exp_gp[3]|))
      (a!133 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!132
                  |p.pmu_fixed_counter[0]|))
      (a!142 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!141
                  |p.exp_fx[0]|))
      (a!154 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!153
                  |p.pmu_fixed_counter[1]|))
      (a!163 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!162
                  |p.exp_fx[1]|))
      (a!175 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!174
                  |p.pmu_fixed_counter[2]|))
      (a!184 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!183
                  |p.exp_fx[2]|))
      (a!196 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!195
                  |p.pmu_fixed_counter[3]|))
      (a!205 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!204
                  |p.exp_fx[3]|))
      (a!231 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                  (not a!213)
                  (ite (= #x000000c2 inp.guest_rdmsr.msr)
                       (not a!214)
                       (ite (= #x000000c3 inp.guest_rdmsr.msr)
                            (not a!215)
                            a!230))))
      (a!238 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                  (not a!213)
                  (ite (= #x000000c2 inp.guest_wrmsr.msr)
                       (not a!214)
                       (ite (= #x000000c3 inp.guest_wrmsr.msr)
                            (not a!215)
                            a!237)))))
(let ((a!52 (ite (= #x4 actp)
                 a!24
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.pmu_gp_counter[0]|
                           (ite a!25 |p.pmu_gp_counter[0]| a!51))
                      |p.pmu_gp_counter[0]|)))
      (a!60 (ite (= #x4 actp)
                 a!54
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.exp_gp[0]|
                           (ite a!25 |p.exp_gp[0]| a!59))
                      |p.exp_gp[0]|)))
      (a!70 (ite (= #x4 actp)
                 a!64
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.pmu_gp_counter[1]|
                           (ite a!25 |p.pmu_gp_counter[1]| a!69))
                      |p.pmu_gp_counter[1]|)))
      (a!78 (ite (= #x4 actp)
                 a!72
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.exp_gp[1]|
                           (ite a!25 |p.exp_gp[1]| a!77))
                      |p.exp_gp[1]|)))
      (a!88 (ite (= #x4 actp)
                 a!82
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.pmu_gp_counter[2]|
                           (ite a!25 |p.pmu_gp_counter[2]| a!87))
                      |p.pmu_gp_counter[2]|)))
      (a!96 (ite (= #x4 actp)
                 a!90
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.exp_gp[2]|
                           (ite a!25 |p.exp_gp[2]| a!95))
                      |p.exp_gp[2]|)))
      (a!106 (ite (= #x4 actp)
                  a!100
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[3]|
                            (ite a!25 |p.pmu_gp_counter[3]| a!105))
                       |p.pmu_gp_counter[3]|)))
      (a!114 (ite (= #x4 actp)
                  a!108
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.exp_gp[3]|
                            (ite a!25 |p.exp_gp[3]| a!113))
                       |p.exp_gp[3]|)))
      (a!134 (ite (= #x4 actp)
                  a!124
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[0]|
                            (ite a!25 |p.pmu_fixed_counter[0]| a!133))
                       |p.pmu_fixed_counter[0]|)))
      (a!143 (ite (= #x4 actp)
                  a!136
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.exp_fx[0]|
                            (ite a!25 |p.exp_fx[0]| a!142))
                       |p.exp_fx[0]|)))
      (a!155 (ite (= #x4 actp)
                  a!147
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[1]|
                            (ite a!25 |p.pmu_fixed_counter[1]| a!154))
                       |p.pmu_fixed_counter[1]|)))
      (a!164 (ite (= #x4 actp)
                  a!157
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.exp_fx[1]|
                            (ite a!25 |p.exp_fx[1]| a!163))
                       |p.exp_fx[1]|)))
      (a!176 (ite (= #x4 actp)
                  a!168
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[2]|
                            (ite a!25 |p.pmu_fixed_counter[2]| a!175))
                       |p.pmu_fixed_counter[2]|)))
      (a!185 (ite (= #x4 actp)
                  a!178
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.exp_fx[2]|
                            (ite a!25 |p.exp_fx[2]| a!184))
                       |p.exp_fx[2]|)))
      (a!197 (ite (= #x4 actp)
                  a!189
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[3]|
                            (ite a!25 |p.pmu_fixed_counter[3]| a!196))
                       |p.pmu_fixed_counter[3]|)))
      (a!206 (ite (= #x4 actp)
                  a!199
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.exp_fx[3]|
                            (ite a!25 |p.exp_fx[3]| a!205))
                       |p.exp_fx[3]|)))
      (a!239 (ite (= #x7 actp)
                  (ite a!212 #b01 p.ctx)
                  (ite (= #x8 actp)
                       (ite a!231 #b01 p.ctx)
                       (ite (= #x9 actp) (ite a!238 #b01 p.ctx) p.ctx))))
      (a!258 (ite (= #x5 actp)
                  (ite (bvult #x00 cfg.host_nr_gp)
                       hvp.host_perf_activity.6
                       |p.hw_gp_ctr[0]|)
                  (ite (= #x6 actp)
                       a!246
                       (ite (= #x9 actp)
                            (ite a!238 |p.hw_gp_ctr[0]| a!257)
                            |p.hw_gp_ctr[0]|))))
      (a!266 (ite (= #x5 actp)
                  (ite (bvult #x01 cfg.host_nr_gp)
                       hvp.host_perf_activity.8
                       |p.hw_gp_ctr[1]|)
                  (ite (= #x6 actp)
                       a!263
                       (ite (= #x9 actp)
                            (ite a!238 |p.hw_gp_ctr[1]| a!265)
                            |p.hw_gp_ctr[1]|))))
      (a!274 (ite (= #x5 actp)
                  (ite (bvult #x02 cfg.host_nr_gp)
                       hvp.host_perf_activity.10
                       |p.hw_gp_ctr[2]|)
                  (ite (= #x6 actp)
                       a!271
                       (ite (= #x9 actp)
                            (ite a!238 |p.hw_gp_ctr[2]| a!273)
                            |p.hw_gp_ctr[2]|))))
      (a!282 (ite (= #x5 actp)
                  (ite (bvult #x03 cfg.host_nr_gp)
                       hvp.host_perf_activity.12
                       |p.hw_gp_ctr[3]|)
                  (ite (= #x6 actp)
                       a!279
                       (ite (= #x9 actp)
                            (ite a!238 |p.hw_gp_ctr[3]| a!281)
                            |p.hw_gp_ctr[3]|))))
      (a!291 (ite (= #x9 actp)
                  (ite a!238
                       |p.hw_fixed_ctr[0]|
                       (ite a!248
                            |p.hw_fixed_ctr[0]|
                            (ite a!254 |p.hw_fixed_ctr[0]| a!290)))
                  |p.hw_fixed_ctr[0]|))
      (a!299 (ite (= #x9 actp)
                  (ite a!238
                       |p.hw_fixed_ctr[1]|
                       (ite a!248
                            |p.hw_fixed_ctr[1]|
                            (ite a!254 |p.hw_fixed_ctr[1]| a!298)))
                  |p.hw_fixed_ctr[1]|))
      (a!307 (ite (= #x9 actp)
                  (ite a!238
                       |p.hw_fixed_ctr[2]|
                       (ite a!248
                            |p.hw_fixed_ctr[2]|
                            (ite a!254 |p.hw_fixed_ctr[2]| a!306)))
                  |p.hw_fixed_ctr[2]|))
      (a!315 (ite (= #x9 actp)
                  (ite a!238
                       |p.hw_fixed_ctr[3]|
                       (ite a!248
                            |p.hw_fixed_ctr[3]|
                            (ite a!254 |p.hw_fixed_ctr[3]| a!314)))
                  |p.hw_fixed_ctr[3]|))
      (a!320 (ite (= #x8 actp)
                  (ite a!231 #b10 p.pending)
                  (ite (= #x9 actp)
                       (ite a!238 #b11 p.pending)
                       (ite (= #xa actp) #b00 p.pending)))))
(let ((a!61 (=> a!22
                (= (ite (= #x0 actp) a!23 a!52) (ite (= #x0 actp) a!53 a!60))))
      (a!79 (=> a!62
                (= (ite (= #x0 actp) a!63 a!70) (ite (= #x0 actp) a!71 a!78))))
      (a!97 (=> a!80
                (= (ite (= #x0 actp) a!81 a!88) (ite (= #x0 actp) a!89 a!96))))
      (a!115 (=> a!98
                 (= (ite (= #x0 actp) a!99 a!106)
                    (ite (= #x0 actp) a!107 a!114))))
      (a!144 (=> a!122
                 (= (ite (= #x0 actp) a!123 a!134)
                    (ite (= #x0 actp) a!135 a!143))))
      (a!165 (=> a!145
                 (= (ite (= #x0 actp) a!146 a!155)
                    (ite (= #x0 actp) a!156 a!164))))
      (a!186 (=> a!166
                 (= (ite (= #x0 actp) a!167 a!176)
                    (ite (= #x0 actp) a!177 a!185))))
      (a!207 (=> a!187
                 (= (ite (= #x0 actp) a!188 a!197)
                    (ite (= #x0 actp) a!198 a!206))))
      (a!240 (ite (= #x2 actp)
                  #b10
                  (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!239))))
      (a!259 (ite (= #x1 actp) a!244 (ite (= #x4 actp) a!245 a!258)))
      (a!267 (ite (= #x1 actp) a!261 (ite (= #x4 actp) a!262 a!266)))
      (a!275 (ite (= #x1 actp) a!269 (ite (= #x4 actp) a!270 a!274)))
      (a!283 (ite (= #x1 actp) a!277 (ite (= #x4 actp) a!278 a!282)))
      (a!292 (ite (= #x5 actp)
                  (ite (bvult #x00 cfg.host_nr_fixed)
                       hvp.host_perf_activity.14
                       |p.hw_fixed_ctr[0]|)
                  (ite (= #x6 actp)
                       (ite a!287
                            (bvadd |p.hw_fixed_ctr[0]| inp.guest_count.delta)
                            |p.hw_fixed_ctr[0]|)
                       a!291)))
      (a!300 (ite (= #x5 actp)
                  (ite (bvult #x01 cfg.host_nr_fixed)
                       hvp.host_perf_activity.15
                       |p.hw_fixed_ctr[1]|)
                  (ite (= #x6 actp)
                       (ite a!297
                            (bvadd |p.hw_fixed_ctr[1]| inp.guest_count.delta)
                            |p.hw_fixed_ctr[1]|)
                       a!299)))
      (a!308 (ite (= #x5 actp)
                  (ite (bvult #x02 cfg.host_nr_fixed)
                       hvp.host_perf_activity.16
                       |p.hw_fixed_ctr[2]|)
                  (ite (= #x6 actp)
                       (ite a!305
                            (bvadd |p.hw_fixed_ctr[2]| inp.guest_count.delta)
                            |p.hw_fixed_ctr[2]|)
                       a!307)))
      (a!316 (ite (= #x5 actp)
                  (ite (bvult #x03 cfg.host_nr_fixed)
                       hvp.host_perf_activity.17
                       |p.hw_fixed_ctr[3]|)
                  (ite (= #x6 actp)
                       (ite a!313
                            (bvadd |p.hw_fixed_ctr[3]| inp.guest_count.delta)
                            |p.hw_fixed_ctr[3]|)
                       a!315))))
(let ((a!260 (=> a!22 (= a!259 (ite (= #x0 actp) a!23 a!52))))
      (a!268 (=> a!62 (= a!267 (ite (= #x0 actp) a!63 a!70))))
      (a!276 (=> a!80 (= a!275 (ite (= #x0 actp) a!81 a!88))))
      (a!284 (=> a!98 (= a!283 (ite (= #x0 actp) a!99 a!106))))
      (a!293 (ite (= #x1 actp) a!285 (ite (= #x4 actp) a!286 a!292)))
      (a!301 (ite (= #x1 actp) a!295 (ite (= #x4 actp) a!296 a!300)))
      (a!309 (ite (= #x1 actp) a!303 (ite (= #x4 actp) a!304 a!308)))
      (a!317 (ite (= #x1 actp) a!311 (ite (= #x4 actp) a!312 a!316)))
      (a!321 (=> (= #b10 (ite (= #x1 actp) #b01 a!240))
                 (= #b00 (ite (= #x7 actp) (ite a!212 #b01 p.pending) a!320))))
      (a!322 (=> a!22 (= a!259 (ite (= #x0 actp) a!53 a!60))))
      (a!323 (=> a!62 (= a!267 (ite (= #x0 actp) a!71 a!78))))
      (a!324 (=> a!80 (= a!275 (ite (= #x0 actp) a!89 a!96))))
      (a!325 (=> a!98 (= a!283 (ite (= #x0 actp) a!107 a!114)))))
(let ((a!294 (=> a!122 (= a!293 (ite (= #x0 actp) a!123 a!134))))
      (a!302 (=> a!145 (= a!301 (ite (= #x0 actp) a!146 a!155))))
      (a!310 (=> a!166 (= a!309 (ite (= #x0 actp) a!167 a!176))))
      (a!318 (=> a!187 (= a!317 (ite (= #x0 actp) a!188 a!197))))
      (a!326 (=> a!122 (= a!293 (ite (= #x0 actp) a!135 a!143))))
      (a!327 (=> a!145 (= a!301 (ite (= #x0 actp) a!156 a!164))))
      (a!328 (=> a!166 (= a!309 (ite (= #x0 actp) a!177 a!185))))
      (a!329 (=> a!187 (= a!317 (ite (= #x0 actp) a!198 a!206)))))
(let ((a!319 (and (= #b01 (ite (= #x1 actp) #b01 a!240))
                  cfg.enable_mediated_pmu
                  a!243
                  a!260
                  a!268
                  a!276
                  a!284
                  a!294
                  a!302
                  a!310
                  a!318)))
(let ((a!330 (not (and a!61
                       a!79
                       a!97
                       a!115
                       a!144
                       a!165
                       a!186
                       a!207
                       (=> a!209 a!319)
                       a!321
                       (=> a!209
                           (and a!322 a!323 a!324 a!325 a!326 a!327 a!328 a!329))))))
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
       (=> (bvult #x00 p.nr_gp) (= |p.pmu_gp_counter[0]| |p.exp_gp[0]|))
       (=> (bvult #x01 p.nr_gp) (= |p.pmu_gp_counter[1]| |p.exp_gp[1]|))
       (=> (bvult #x02 p.nr_gp) (= |p.pmu_gp_counter[2]| |p.exp_gp[2]|))
       (=> (bvult #x03 p.nr_gp) (= |p.pmu_gp_counter[3]| |p.exp_gp[3]|))
       (=> (bvult #x00 p.nr_fixed) (= |p.pmu_fixed_counter[0]| |p.exp_fx[0]|))
       (=> (bvult #x01 p.nr_fixed) (= |p.pmu_fixed_counter[1]| |p.exp_fx[1]|))
       (=> (bvult #x02 p.nr_fixed) (= |p.pmu_fixed_counter[2]| |p.exp_fx[2]|))
       (=> (bvult #x03 p.nr_fixed) (= |p.pmu_fixed_counter[3]| |p.exp_fx[3]|))
       (=> p.just_loaded a!5)
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       a!6
       a!11
       (bvult actp #xb)
       a!330)))))))))))))))))
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
      (a!5 (=> p.just_loaded
               (and (= #b01 p.ctx)
                    cfg.enable_mediated_pmu
                    (not (= #x00 p.pmu_version))
                    (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_gp_ctr[0]| |p.pmu_gp_counter[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_gp_ctr[1]| |p.pmu_gp_counter[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_gp_ctr[2]| |p.pmu_gp_counter[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_gp_ctr[3]| |p.pmu_gp_counter[3]|))
                    (=> (bvult #x00 p.nr_fixed)
                        (= |p.hw_fixed_ctr[0]| |p.pmu_fixed_counter[0]|))
                    (=> (bvult #x01 p.nr_fixed)
                        (= |p.hw_fixed_ctr[1]| |p.pmu_fixed_counter[1]|))
                    (=> (bvult #x02 p.nr_fixed)
                        (= |p.hw_fixed_ctr[2]| |p.pmu_fixed_counter[2]|))
                    (=> (bvult #x03 p.nr_fixed)
                        (= |p.hw_fixed_ctr[3]| |p.pmu_fixed_counter[3]|)))))
      (a!6 (=> p.just_loaded
               (and (=> (bvult #x00 p.nr_gp) (= |p.hw_gp_ctr[0]| |p.exp_gp[0]|))
                    (=> (bvult #x01 p.nr_gp) (= |p.hw_gp_ctr[1]| |p.exp_gp[1]|))
                    (=> (bvult #x02 p.nr_gp) (= |p.hw_gp_ctr[2]| |p.exp_gp[2]|))
                    (=> (bvult #x03 p.nr_gp) (= |p.hw_gp_ctr[3]| |p.exp_gp[3]|))
                    (=> (bvult #x00 p.nr_fixed)
                        (= |p.hw_fixed_ctr[0]| |p.exp_fx[0]|))
                    (=> (bvult #x01 p.nr_fixed)
                        (= |p.hw_fixed_ctr[1]| |p.exp_fx[1]|))
                    (=> (bvult #x02 p.nr_fixed)
                        (= |p.hw_fixed_ctr[2]| |p.exp_fx[2]|))
                    (=> (bvult #x03 p.nr_fixed)
                        (= |p.hw_fixed_ctr[3]| |p.exp_fx[3]|))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000))))
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
       (=> (bvult #x00 p.nr_gp) (= |p.pmu_gp_counter[0]| |p.exp_gp[0]|))
       (=> (bvult #x01 p.nr_gp) (= |p.pmu_gp_counter[1]| |p.exp_gp[1]|))
       (=> (bvult #x02 p.nr_gp) (= |p.pmu_gp_counter[2]| |p.exp_gp[2]|))
       (=> (bvult #x03 p.nr_gp) (= |p.pmu_gp_counter[3]| |p.exp_gp[3]|))
       (=> (bvult #x00 p.nr_fixed) (= |p.pmu_fixed_counter[0]| |p.exp_fx[0]|))
       (=> (bvult #x01 p.nr_fixed) (= |p.pmu_fixed_counter[1]| |p.exp_fx[1]|))
       (=> (bvult #x02 p.nr_fixed) (= |p.pmu_fixed_counter[2]| |p.exp_fx[2]|))
       (=> (bvult #x03 p.nr_fixed) (= |p.pmu_fixed_counter[3]| |p.exp_fx[3]|))
       a!5
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       a!6
       (not a!6)))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_gp_ctr[0]| |p.hw_gp_ctr[1]| |p.hw_gp_ctr[2]| |p.hw_gp_ctr[3]| |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| |p.hw_fixed_ctr[0]| |p.hw_fixed_ctr[1]| |p.hw_fixed_ctr[2]| |p.hw_fixed_ctr[3]| p.hw_fixed_ctr_ctrl p.hw_global_ctrl |p.pmu_gp_counter[0]| |p.pmu_gp_counter[1]| |p.pmu_gp_counter[2]| |p.pmu_gp_counter[3]| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| |p.pmu_fixed_counter[0]| |p.pmu_fixed_counter[1]| |p.pmu_fixed_counter[2]| |p.pmu_fixed_counter[3]| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.ctx p.pending p.pending_index p.pending_data p.just_loaded |p.exp_gp[0]| |p.exp_gp[1]| |p.exp_gp[2]| |p.exp_gp[3]| |p.exp_fx[0]| |p.exp_fx[1]| |p.exp_fx[2]| |p.exp_fx[3]|
; invariant: (let ((a!1 (=> p.just_loaded (and (= #b01 p.ctx) cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)) (=> (bvult #x00 p.nr_gp) (= |p.hw_gp_ctr[0]| |p.pmu_gp_counter[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_gp_ctr[1]| |p.pmu_gp_counter[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_gp_ctr[2]| |p.pmu_gp_counter[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_gp_ctr[3]| |p.pmu_gp_counter[3]|)) (=> (bvult #x00 p.nr_fixed) (= |p.hw_fixed_ctr[0]| |p.pmu_fixed_counter[0]|)) (=> (bvult #x01 p.nr_fixed) (= |p.hw_fixed_ctr[1]| |p.pmu_fixed_counter[1]|)) (=> (bvult #x02 p.nr_fixed) (= |p.hw_fixed_ctr[2]| |p.pmu_fixed_counter[2]|)) (=> (bvult #x03 p.nr_fixed) (= |p.hw_fixed_ctr[3]| |p.pmu_fixed_counter[3]|))))) (a!2 (=> p.just_loaded (and (=> (bvult #x00 p.nr_gp) (= |p.hw_gp_ctr[0]| |p.exp_gp[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_gp_ctr[1]| |p.exp_gp[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_gp_ctr[2]| |p.exp_gp[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_gp_ctr[3]| |p.exp_gp[3]|)) (=> (bvult #x00 p.nr_fixed) (= |p.hw_fixed_ctr[0]| |p.exp_fx[0]|)) (=> (bvult #x01 p.nr_fixed) (= |p.hw_fixed_ctr[1]| |p.exp_fx[1]|)) (=> (bvult #x02 p.nr_fixed) (= |p.hw_fixed_ctr[2]| |p.exp_fx[2]|)) (=> (bvult #x03 p.nr_fixed) (= |p.hw_fixed_ctr[3]| |p.exp_fx[3]|)))))) (and (=> (bvult #x00 p.nr_gp) (= |p.pmu_gp_counter[0]| |p.exp_gp[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.pmu_gp_counter[1]| |p.exp_gp[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.pmu_gp_counter[2]| |p.exp_gp[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.pmu_gp_counter[3]| |p.exp_gp[3]|)) (=> (bvult #x00 p.nr_fixed) (= |p.pmu_fixed_counter[0]| |p.exp_fx[0]|)) (=> (bvult #x01 p.nr_fixed) (= |p.pmu_fixed_counter[1]| |p.exp_fx[1]|)) (=> (bvult #x02 p.nr_fixed) (= |p.pmu_fixed_counter[2]| |p.exp_fx[2]|)) (=> (bvult #x03 p.nr_fixed) (= |p.pmu_fixed_counter[3]| |p.exp_fx[3]|)) a!1 (=> (= #b10 p.ctx) (= #b00 p.pending)) a!2))
; trigger: reached at depth 2
