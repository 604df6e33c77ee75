; vpmu-formal-certificate-1
; spec: mediated_putload
; property: p4_put_clears_guest_state
; key: 34bcbb7c692c67847846c2be317703bd75bbf52018c138815988bacd670ebe3c
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun p.hw_global_status () (_ BitVec 64))
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun |p.hw_fixed_ctr[3]| () (_ BitVec 64))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun |p.hw_fixed_ctr[2]| () (_ BitVec 64))
(declare-fun |p.hw_fixed_ctr[1]| () (_ BitVec 64))
(declare-fun |p.hw_fixed_ctr[0]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[3]| () (_ BitVec 64))
(declare-fun |p.hw_gp_ctr[3]| () (_ BitVec 64))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun |p.hw_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.hw_gp_ctr[2]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.hw_gp_ctr[1]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun |p.hw_gp_ctr[0]| () (_ BitVec 64))
(declare-fun p.after_put () Bool)
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.pmu_global_status () (_ BitVec 64))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun |p.pmu_fixed_counter[3]| () (_ BitVec 64))
(declare-fun |p.pmu_fixed_counter[2]| () (_ BitVec 64))
(declare-fun |p.pmu_fixed_counter[1]| () (_ BitVec 64))
(declare-fun |p.pmu_fixed_counter[0]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[3]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[2]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[1]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[0]| () (_ BitVec 64))
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
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(declare-fun inp.guest_count.ovf () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.20 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun inp.guest_count.delta () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.17 () (_ BitVec 64))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun hvp.host_perf_activity.16 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.15 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.14 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.13 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.12 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.11 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.10 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.9 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.8 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.7 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.6 () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_gp_ctr[0]| (_ BitVec 64)) (|p.hw_gp_ctr[1]| (_ BitVec 64)) (|p.hw_gp_ctr[2]| (_ BitVec 64)) (|p.hw_gp_ctr[3]| (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (|p.hw_fixed_ctr[0]| (_ BitVec 64)) (|p.hw_fixed_ctr[1]| (_ BitVec 64)) (|p.hw_fixed_ctr[2]| (_ BitVec 64)) (|p.hw_fixed_ctr[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_global_status (_ BitVec 64)) (|p.pmu_gp_counter[0]| (_ BitVec 64)) (|p.pmu_gp_counter[1]| (_ BitVec 64)) (|p.pmu_gp_counter[2]| (_ BitVec 64)) (|p.pmu_gp_counter[3]| (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_fixed_counter[0]| (_ BitVec 64)) (|p.pmu_fixed_counter[1]| (_ BitVec 64)) (|p.pmu_fixed_counter[2]| (_ BitVec 64)) (|p.pmu_fixed_counter[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_status (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.after_put Bool)) Bool
  (let ((a!1 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!4 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!5 (and (=> (bvult #x00 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[0]|)
                         (= #x0000000000000000 |p.hw_eventsel[0]|)))
                (=> (bvult #x01 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[1]|)
                         (= #x0000000000000000 |p.hw_eventsel[1]|)))
                (=> (bvult #x02 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[2]|)
                         (= #x0000000000000000 |p.hw_eventsel[2]|)))
                (=> (bvult #x03 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[3]|)
                         (= #x0000000000000000 |p.hw_eventsel[3]|)))
                (=> (bvult #x00 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[0]|))
                (=> (bvult #x01 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[1]|))
                (=> (bvult #x02 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[2]|))
                (=> (bvult #x03 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[3]|))
                (= #x0000000000000000 p.hw_fixed_ctr_ctrl)
                (= #x0000000000000000 p.hw_global_status)
                (= #x0000000000000000 p.hw_global_ctrl))))
(let ((a!2 (=> a!1
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|))
                    (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))
  (and a!2
       (=> a!3 (= #x0000000000000000 p.hw_global_ctrl))
       (=> p.after_put a!4)
       (=> p.after_put a!5)))))
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
      (a!5 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!8 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!9 (and (=> (bvult #x00 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[0]|)
                         (= #x0000000000000000 |p.hw_eventsel[0]|)))
                (=> (bvult #x01 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[1]|)
                         (= #x0000000000000000 |p.hw_eventsel[1]|)))
                (=> (bvult #x02 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[2]|)
                         (= #x0000000000000000 |p.hw_eventsel[2]|)))
                (=> (bvult #x03 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[3]|)
                         (= #x0000000000000000 |p.hw_eventsel[3]|)))
                (=> (bvult #x00 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[0]|))
                (=> (bvult #x01 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[1]|))
                (=> (bvult #x02 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[2]|))
                (=> (bvult #x03 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[3]|))
                (= #x0000000000000000 p.hw_fixed_ctr_ctrl)
                (= #x0000000000000000 p.hw_global_status)
                (= #x0000000000000000 p.hw_global_ctrl))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (=> a!5
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|))
                    (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))
(let ((a!10 (not (and a!6
                      (=> a!7 (= #x0000000000000000 p.hw_global_ctrl))
                      (=> p.after_put a!8)
                      (=> p.after_put a!9)))))
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
       (= #x0000000000000000 p.pmu_global_status)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (= p.after_put false)
       a!10)))))
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
      (a!5 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!8 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!9 (and (=> (bvult #x00 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[0]|)
                         (= #x0000000000000000 |p.hw_eventsel[0]|)))
                (=> (bvult #x01 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[1]|)
                         (= #x0000000000000000 |p.hw_eventsel[1]|)))
                (=> (bvult #x02 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[2]|)
                         (= #x0000000000000000 |p.hw_eventsel[2]|)))
                (=> (bvult #x03 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[3]|)
                         (= #x0000000000000000 |p.hw_eventsel[3]|)))
                (=> (bvult #x00 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[0]|))
                (=> (bvult #x01 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[1]|))
                (=> (bvult #x02 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[2]|))
                (=> (bvult #x03 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[3]|))
                (= #x0000000000000000 p.hw_fixed_ctr_ctrl)
                (= #x0000000000000000 p.hw_global_status)
                (= #x0000000000000000 p.hw_global_ctrl)))
      (a!10 (and (= #x8 actp)
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
      (a!11 (and (= #x9 actp)
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
      (a!12 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!15 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
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
      (a!47 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!48 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!49 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!50 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx)))))
      (a!55 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!56 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!61 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      |p.eventsel_hw[0]|
                      |p.hw_eventsel[0]|)
                 |p.hw_eventsel[0]|))
      (a!62 (ite (bvult #x00 p.nr_gp)
                 (ite (not (= #x0000000000000000 |p.eventsel_hw[0]|))
                      #x0000000000000000
                      |p.hw_eventsel[0]|)
                 |p.hw_eventsel[0]|))
      (a!66 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!67 (and (= #x0000038d
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (bvugt p.pmu_version #x01)))
      (a!68 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c5)))
      (a!69 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c5)))
      (a!71 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000018a)))
      (a!74 (bvult (bvsub (ite (= #b00 p.pending)
                               inp.kvm_emulate_pmu_access.msr
                               p.pending_index)
                          #x00000309)
                   ((_ zero_extend 24) p.nr_fixed)))
      (a!76 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 11) p.pending_index))
                    #b000000000000000000000)))
      (a!79 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 9) p.pending_index))
                    #b00000000000000000000000)))
      (a!86 (or (= (ite (= p.pending #b00)
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
      (a!98 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x01 p.nr_gp)
                      |p.eventsel_hw[1]|
                      |p.hw_eventsel[1]|)
                 |p.hw_eventsel[1]|))
      (a!99 (ite (bvult #x01 p.nr_gp)
                 (ite (not (= #x0000000000000000 |p.eventsel_hw[1]|))
                      #x0000000000000000
                      |p.hw_eventsel[1]|)
                 |p.hw_eventsel[1]|))
      (a!113 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.eventsel_hw[2]|
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!114 (ite (bvult #x02 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[2]|))
                       #x0000000000000000
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!128 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.eventsel_hw[3]|
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!129 (ite (bvult #x03 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[3]|))
                       #x0000000000000000
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!142 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.fixed_ctr_ctrl_hw
                  p.hw_fixed_ctr_ctrl))
      (a!143 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not (= #x0000000000000000 p.fixed_ctr_ctrl_hw))
                       #x0000000000000000
                       p.hw_fixed_ctr_ctrl)
                  p.hw_fixed_ctr_ctrl))
      (a!146 (bvor (bvnot p.fixed_ctr_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!154 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!155 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!156 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvsub inp.guest_wrmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                            (bvult inp.guest_wrmsr.msr #x0000018a))
                       (bvsub inp.guest_wrmsr.msr #x00000186)
                       (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!159 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!160 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!166 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  true
                  p.after_put))
      (a!169 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_gp_counter[0]|
                       |p.hw_gp_ctr[0]|)
                  |p.hw_gp_ctr[0]|))
      (a!170 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) #x0000000000000000 |p.hw_gp_ctr[0]|)
                  |p.hw_gp_ctr[0]|))
      (a!171 (and (bvult #x00 cfg.host_nr_gp)
                  (= #b1 ((_ extract 0 0) p.hw_global_ctrl))
                  (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|))))
      (a!172 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000001 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!173 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000101 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!174 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110000110 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!175 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110001010 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!177 (= (bvnot (bvor cfg.host_gp_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!183 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_gp_counter[1]|
                       |p.hw_gp_ctr[1]|)
                  |p.hw_gp_ctr[1]|))
      (a!184 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) #x0000000000000000 |p.hw_gp_ctr[1]|)
                  |p.hw_gp_ctr[1]|))
      (a!185 (and (bvult #x01 cfg.host_nr_gp)
                  (= #b1 ((_ extract 1 1) p.hw_global_ctrl))
                  (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|))))
      (a!191 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_gp_counter[2]|
                       |p.hw_gp_ctr[2]|)
                  |p.hw_gp_ctr[2]|))
      (a!192 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) #x0000000000000000 |p.hw_gp_ctr[2]|)
                  |p.hw_gp_ctr[2]|))
      (a!193 (and (bvult #x02 cfg.host_nr_gp)
                  (= #b1 ((_ extract 2 2) p.hw_global_ctrl))
                  (= #b1 ((_ extract 22 22) |p.hw_eventsel[2]|))))
      (a!199 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_gp_counter[3]|
                       |p.hw_gp_ctr[3]|)
                  |p.hw_gp_ctr[3]|))
      (a!200 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) #x0000000000000000 |p.hw_gp_ctr[3]|)
                  |p.hw_gp_ctr[3]|))
      (a!201 (and (bvult #x03 cfg.host_nr_gp)
                  (= #b1 ((_ extract 3 3) p.hw_global_ctrl))
                  (= #b1 ((_ extract 22 22) |p.hw_eventsel[3]|))))
      (a!207 (not (= #x01
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!208 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!213 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.pmu_fixed_counter[0]|
                       |p.hw_fixed_ctr[0]|)
                  |p.hw_fixed_ctr[0]|))
      (a!214 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       #x0000000000000000
                       |p.hw_fixed_ctr[0]|)
                  |p.hw_fixed_ctr[0]|))
      (a!215 (and (bvult #x00 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 32 32) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 0 0) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 1 1) p.hw_fixed_ctr_ctrl)))))
      (a!216 (= (bvnot (bvor cfg.host_fixed_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!222 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.pmu_fixed_counter[1]|
                       |p.hw_fixed_ctr[1]|)
                  |p.hw_fixed_ctr[1]|))
      (a!223 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       #x0000000000000000
                       |p.hw_fixed_ctr[1]|)
                  |p.hw_fixed_ctr[1]|))
      (a!224 (and (bvult #x01 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 33 33) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 4 4) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 5 5) p.hw_fixed_ctr_ctrl)))))
      (a!230 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.pmu_fixed_counter[2]|
                       |p.hw_fixed_ctr[2]|)
                  |p.hw_fixed_ctr[2]|))
      (a!231 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       #x0000000000000000
                       |p.hw_fixed_ctr[2]|)
                  |p.hw_fixed_ctr[2]|))
      (a!232 (and (bvult #x02 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 34 34) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 8 8) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 9 9) p.hw_fixed_ctr_ctrl)))))
      (a!238 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.pmu_fixed_counter[3]|
                       |p.hw_fixed_ctr[3]|)
                  |p.hw_fixed_ctr[3]|))
      (a!239 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       #x0000000000000000
                       |p.hw_fixed_ctr[3]|)
                  |p.hw_fixed_ctr[3]|))
      (a!240 (and (bvult #x03 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 35 35) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 12 12) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 13 13) p.hw_fixed_ctr_ctrl)))))
      (a!246 (not (= #x0000000000000000
                     (bvand p.pmu_global_status
                            (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!247 (not (= #x0000000000000000
                     (bvand p.hw_global_status
                            (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!248 (bvand p.hw_global_status
                    (bvnot (bvand p.hw_global_status
                                  (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!251 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvand p.hw_global_status (bvnot p.hw_global_status))
                  p.hw_global_status))
      (a!263 (bvnot (bvor (bvnot inp.guest_wrmsr.data)
                          (concat (concat (concat (concat (concat #b11 ((_ extract
                              61
                              60)
                            cfg.hw_global_ctrl_valid)) #b11) ((_ extract 57 56)
                            cfg.hw_global_ctrl_valid)) #b1) ((_ extract 54 0)
                            cfg.hw_global_ctrl_valid))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (=> a!5
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|))
                    (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))
      (a!13 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!12)))
      (a!16 (or a!15
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))))
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
      (a!51 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!48) #x0000000000000000) p.cpuid_pdcm a!49)
                 (or (not p.has_run) a!50)))
      (a!63 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!62
                 |p.hw_eventsel[0]|))
      (a!70 (and a!69
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!72 (ite a!71
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)))
      (a!75 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000309)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000030d)
                 a!74))
      (a!77 (or a!76
                (bvule #b10011000001
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!78 (or a!76
                (bvule #b10011000101
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!80 (or a!79
                (bvule #b110000110
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!81 (or a!79
                (bvule #b110001010
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!87 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000)) (not a!86)))
      (a!100 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!99
                  |p.hw_eventsel[1]|))
      (a!115 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!114
                  |p.hw_eventsel[2]|))
      (a!130 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!129
                  |p.hw_eventsel[3]|))
      (a!144 (ite (= #x1 actp)
                  a!142
                  (ite (= #x4 actp)
                       a!143
                       (ite (= #x5 actp)
                            hvp.host_perf_activity.18
                            p.hw_fixed_ctr_ctrl))))
      (a!157 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                       (bvult inp.guest_wrmsr.msr #x000000c5))
                  (bvult a!156 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!158 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvult a!156 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!167 (ite (= #x1 actp)
                  false
                  (ite (= #x4 actp) a!166 (ite (= #x5 actp) false p.after_put))))
      (a!176 (ite (and a!172 (not a!173))
                  (bvadd #xfffffb3f inp.guest_wrmsr.msr)
                  (ite (and a!174 (not a!175))
                       (bvadd #xfffffe7a inp.guest_wrmsr.msr)
                       (bvadd #xffffff3f inp.guest_wrmsr.msr))))
      (a!217 (ite a!159
                  (ite (and a!216 (= inp.guest_wrmsr.msr #x00000309))
                       inp.guest_wrmsr.data
                       |p.hw_fixed_ctr[0]|)
                  |p.hw_fixed_ctr[0]|))
      (a!225 (ite a!159
                  (ite (and a!216 (= inp.guest_wrmsr.msr #x0000030a))
                       inp.guest_wrmsr.data
                       |p.hw_fixed_ctr[1]|)
                  |p.hw_fixed_ctr[1]|))
      (a!233 (ite a!159
                  (ite (and a!216 (= inp.guest_wrmsr.msr #x0000030b))
                       inp.guest_wrmsr.data
                       |p.hw_fixed_ctr[2]|)
                  |p.hw_fixed_ctr[2]|))
      (a!241 (ite a!159
                  (ite (and a!216 (= inp.guest_wrmsr.msr #x0000030c))
                       inp.guest_wrmsr.data
                       |p.hw_fixed_ctr[3]|)
                  |p.hw_fixed_ctr[3]|))
      (a!249 (ite a!246
                  (bvor (ite a!247 a!248 p.hw_global_status)
                        (bvand p.pmu_global_status
                               (bvxor p.pmu_global_status p.hw_global_status)))
                  (ite a!247 a!248 p.hw_global_status)))
      (a!252 (ite a!171
                  (ite (= #b1 ((_ extract 0 0) inp.guest_count.ovf))
                       (concat ((_ extract 63 1) p.hw_global_status)
                               (ite true #b1 #b0))
                       p.hw_global_status)
                  p.hw_global_status))
      (a!264 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  (ite (= a!263 #x0000000000000000)
                       (bvand p.hw_global_status (bvnot inp.guest_wrmsr.data))
                       p.hw_global_status)
                  p.hw_global_status)))
(let ((a!14 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!10
                a!11
                a!13))
      (a!17 (or cfg.enable_vmware_backdoor
                a!16
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!30 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!16 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!37 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!16 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!52 (ite (and (not p.has_run) a!51)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!51) #x00 p.pmu_version)))
      (a!57 (ite (and (not p.has_run) a!51)
                 a!56
                 (ite (and (not p.has_run) a!51) #x00 p.nr_gp)))
      (a!64 (ite (= #x4 actp)
                 a!63
                 (ite (= #x5 actp)
                      (ite (bvult #x00 cfg.host_nr_gp)
                           hvp.host_perf_activity.7
                           |p.hw_eventsel[0]|)
                      |p.hw_eventsel[0]|)))
      (a!65 (ite a!47
                 (ite (and (not p.has_run) a!51)
                      #x0000000000000000
                      |p.eventsel_hw[0]|)
                 |p.eventsel_hw[0]|))
      (a!73 (ite a!69
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 a!72))
      (a!82 (ite (and a!80 (not a!81))
                 (bvadd #xfffffe7a
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 (bvadd #xffffff3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))))
      (a!101 (ite (= #x4 actp)
                  a!100
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_gp)
                            hvp.host_perf_activity.9
                            |p.hw_eventsel[1]|)
                       |p.hw_eventsel[1]|)))
      (a!102 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       #x0000000000000000
                       |p.eventsel_hw[1]|)
                  |p.eventsel_hw[1]|))
      (a!116 (ite (= #x4 actp)
                  a!115
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_gp)
                            hvp.host_perf_activity.11
                            |p.hw_eventsel[2]|)
                       |p.hw_eventsel[2]|)))
      (a!117 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       #x0000000000000000
                       |p.eventsel_hw[2]|)
                  |p.eventsel_hw[2]|))
      (a!131 (ite (= #x4 actp)
                  a!130
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_gp)
                            hvp.host_perf_activity.13
                            |p.hw_eventsel[3]|)
                       |p.hw_eventsel[3]|)))
      (a!132 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       #x0000000000000000
                       |p.eventsel_hw[3]|)
                  |p.eventsel_hw[3]|))
      (a!145 (ite a!47
                  (ite (and (not p.has_run) a!51)
                       #x0000000000000000
                       p.fixed_ctr_ctrl_hw)
                  p.fixed_ctr_ctrl_hw))
      (a!147 (ite (and (= (bvnot a!146) #x0000000000000000) a!87)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.fixed_ctr_ctrl_hw))
      (a!161 (ite a!158
                  p.hw_global_ctrl
                  (ite a!159
                       p.hw_global_ctrl
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!160 inp.guest_wrmsr.data p.hw_global_ctrl)
                            p.hw_global_ctrl))))
      (a!165 (ite a!47
                  (ite (and (not p.has_run) a!51) false p.after_put)
                  p.after_put))
      (a!178 (ite a!158
                  (ite (and a!177 (= a!176 #x00000000))
                       inp.guest_wrmsr.data
                       |p.hw_gp_ctr[0]|)
                  |p.hw_gp_ctr[0]|))
      (a!186 (ite a!158
                  (ite (and a!177 (= a!176 #x00000001))
                       inp.guest_wrmsr.data
                       |p.hw_gp_ctr[1]|)
                  |p.hw_gp_ctr[1]|))
      (a!194 (ite a!158
                  (ite (and a!177 (= a!176 #x00000002))
                       inp.guest_wrmsr.data
                       |p.hw_gp_ctr[2]|)
                  |p.hw_gp_ctr[2]|))
      (a!202 (ite a!158
                  (ite (and a!177 (= a!176 #x00000003))
                       inp.guest_wrmsr.data
                       |p.hw_gp_ctr[3]|)
                  |p.hw_gp_ctr[3]|))
      (a!209 (ite (and (not p.has_run) a!51)
                  a!208
                  (ite (and (not p.has_run) a!51) #x00 p.nr_fixed)))
      (a!250 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!249
                  p.hw_global_status))
      (a!253 (ite (= #b1 ((_ extract 1 1) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 2) a!252) (ite true #b1 #b0))
                          ((_ extract 0 0) a!252))
                  a!252))
      (a!265 (ite a!158
                  p.hw_global_status
                  (ite a!159
                       p.hw_global_status
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_global_status
                            a!264)))))
(let ((a!31 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!16 (not (bvugt p.pmu_version #x01)))
                 a!30))
      (a!38 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!16 (not (bvugt p.pmu_version #x01)))
                 a!37))
      (a!53 (ite cfg.vm_enable_pmu
                 a!52
                 (ite (and (not p.has_run) a!51) #x00 p.pmu_version)))
      (a!58 (ite a!55 a!57 (ite (and (not p.has_run) a!51) #x00 p.nr_gp)))
      (a!83 (ite (and a!77 (not a!78))
                 (bvadd #xfffffb3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 a!82))
      (a!148 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  (ite a!67 a!147 p.fixed_ctr_ctrl_hw)))
      (a!179 (ite a!157
                  (ite (= a!176 #x00000000)
                       ((_ sign_extend 32)
                         ((_ extract 31 0) inp.guest_wrmsr.data))
                       |p.hw_gp_ctr[0]|)
                  a!178))
      (a!187 (ite a!157
                  (ite (= a!176 #x00000001)
                       ((_ sign_extend 32)
                         ((_ extract 31 0) inp.guest_wrmsr.data))
                       |p.hw_gp_ctr[1]|)
                  a!186))
      (a!195 (ite a!157
                  (ite (= a!176 #x00000002)
                       ((_ sign_extend 32)
                         ((_ extract 31 0) inp.guest_wrmsr.data))
                       |p.hw_gp_ctr[2]|)
                  a!194))
      (a!203 (ite a!157
                  (ite (= a!176 #x00000003)
                       ((_ sign_extend 32)
                         ((_ extract 31 0) inp.guest_wrmsr.data))
                       |p.hw_gp_ctr[3]|)
                  a!202))
      (a!210 (ite a!207 a!209 (ite (and (not p.has_run) a!51) #x00 p.nr_fixed)))
      (a!254 (concat (concat ((_ extract 63 3) (ite a!185 a!253 a!252))
                             (ite true #b1 #b0))
                     ((_ extract 1 0) (ite a!185 a!253 a!252)))))
(let ((a!32 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!16 (not (bvugt p.pmu_version #x01)))
                 a!31))
      (a!39 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!16 (not (bvugt p.pmu_version #x01)))
                 a!38))
      (a!54 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!47 a!53 p.pmu_version)
                         p.pmu_version))))
      (a!59 (ite cfg.vm_enable_pmu
                 a!58
                 (ite (and (not p.has_run) a!51) #x00 p.nr_gp)))
      (a!84 (ite (and (= a!83 #x00000002) p.raw_event_mask_txcp)
                 (concat (concat ((_ extract 63 34) p.reserved_bits) (bvnot ((_ extract
                            33
                            33)
                          p.reserved_bits))) ((_ extract 32 0) p.reserved_bits))
                 p.reserved_bits))
      (a!149 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!148))
      (a!211 (ite a!55 a!210 (ite (and (not p.has_run) a!51) #x00 p.nr_fixed)))
      (a!255 (ite a!193
                  (ite (= #b1 ((_ extract 2 2) inp.guest_count.ovf))
                       a!254
                       (ite a!185 a!253 a!252))
                  (ite a!185 a!253 a!252))))
(let ((a!33 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!27)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!28)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!29) a!32))))
      (a!40 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!27)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!28)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!29) a!39))))
      (a!60 (bvult #x00 (ite (= #x0 actp) (ite a!47 a!59 p.nr_gp) p.nr_gp)))
      (a!85 (bvor (bvnot (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data))
                  (bvnot a!84)))
      (a!97 (bvult #x01 (ite (= #x0 actp) (ite a!47 a!59 p.nr_gp) p.nr_gp)))
      (a!112 (bvult #x02 (ite (= #x0 actp) (ite a!47 a!59 p.nr_gp) p.nr_gp)))
      (a!127 (bvult #x03 (ite (= #x0 actp) (ite a!47 a!59 p.nr_gp) p.nr_gp)))
      (a!150 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!149))
      (a!212 (ite cfg.vm_enable_pmu
                  a!211
                  (ite (and (not p.has_run) a!51) #x00 p.nr_fixed)))
      (a!256 (ite (= #b1 ((_ extract 3 3) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 4) a!255) (ite true #b1 #b0))
                          ((_ extract 2 0) a!255))
                  a!255)))
(let ((a!34 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!24)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!25)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!26) a!33))))
      (a!41 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!24)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!25)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!26) a!40))))
      (a!88 (ite (and (= (bvnot a!85) #x0000000000000000)
                      a!87
                      (= a!83 #x00000000))
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 |p.eventsel_hw[0]|))
      (a!103 (ite (and (= (bvnot a!85) #x0000000000000000)
                       a!87
                       (= a!83 #x00000001))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[1]|))
      (a!118 (ite (and (= (bvnot a!85) #x0000000000000000)
                       a!87
                       (= a!83 #x00000002))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[2]|))
      (a!133 (ite (and (= (bvnot a!85) #x0000000000000000)
                       a!87
                       (= a!83 #x00000003))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[3]|))
      (a!151 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!150
                  p.fixed_ctr_ctrl_hw))
      (a!257 (concat (concat ((_ extract 63 33) (ite a!201 a!256 a!255))
                             (ite true #b1 #b0))
                     ((_ extract 31 0) (ite a!201 a!256 a!255)))))
(let ((a!35 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!21)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!22)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!23) a!34))))
      (a!42 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!21)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!22)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!23) a!41))))
      (a!89 (ite (and a!71 (bvult a!73 ((_ zero_extend 24) p.nr_gp)))
                 a!88
                 |p.eventsel_hw[0]|))
      (a!104 (ite (and a!71 (bvult a!73 ((_ zero_extend 24) p.nr_gp)))
                  a!103
                  |p.eventsel_hw[1]|))
      (a!119 (ite (and a!71 (bvult a!73 ((_ zero_extend 24) p.nr_gp)))
                  a!118
                  |p.eventsel_hw[2]|))
      (a!134 (ite (and a!71 (bvult a!73 ((_ zero_extend 24) p.nr_gp)))
                  a!133
                  |p.eventsel_hw[3]|))
      (a!152 (ite (= #x0 actp)
                  a!145
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.fixed_ctr_ctrl_hw
                            (ite a!66 p.fixed_ctr_ctrl_hw a!151))
                       p.fixed_ctr_ctrl_hw)))
      (a!258 (ite a!215
                  (ite (= #b1 ((_ extract 32 32) inp.guest_count.ovf))
                       a!257
                       (ite a!201 a!256 a!255))
                  (ite a!201 a!256 a!255))))
(let ((a!36 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!18)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!19)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!20) a!35))))
      (a!43 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!18)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!19)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!20) a!42))))
      (a!90 (ite (and (or a!68 a!70) (bvult a!73 ((_ zero_extend 24) p.nr_gp)))
                 |p.eventsel_hw[0]|
                 (ite a!75 |p.eventsel_hw[0]| a!89)))
      (a!105 (ite (and (or a!68 a!70) (bvult a!73 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[1]|
                  (ite a!75 |p.eventsel_hw[1]| a!104)))
      (a!120 (ite (and (or a!68 a!70) (bvult a!73 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[2]|
                  (ite a!75 |p.eventsel_hw[2]| a!119)))
      (a!135 (ite (and (or a!68 a!70) (bvult a!73 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[3]|
                  (ite a!75 |p.eventsel_hw[3]| a!134)))
      (a!259 (ite (= #b1 ((_ extract 33 33) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 34) a!258) (ite true #b1 #b0))
                          ((_ extract 32 0) a!258))
                  a!258)))
(let ((a!44 (ite (= #x7 actp)
                 (ite a!17 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!36 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!43 #b01 p.ctx) p.ctx))))
      (a!91 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 (ite a!67 |p.eventsel_hw[0]| a!90)))
      (a!106 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  (ite a!67 |p.eventsel_hw[1]| a!105)))
      (a!121 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  (ite a!67 |p.eventsel_hw[2]| a!120)))
      (a!136 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  (ite a!67 |p.eventsel_hw[3]| a!135)))
      (a!162 (ite (= #x8 actp)
                  (ite a!36 a!154 p.hw_global_ctrl)
                  (ite (= #x9 actp)
                       (ite a!43 a!154 (ite a!157 p.hw_global_ctrl a!161))
                       p.hw_global_ctrl)))
      (a!180 (ite (= #x5 actp)
                  (ite (bvult #x00 cfg.host_nr_gp)
                       hvp.host_perf_activity.6
                       |p.hw_gp_ctr[0]|)
                  (ite (= #x6 actp)
                       (ite a!171
                            (bvadd |p.hw_gp_ctr[0]| inp.guest_count.delta)
                            |p.hw_gp_ctr[0]|)
                       (ite (= #x9 actp)
                            (ite a!43 |p.hw_gp_ctr[0]| a!179)
                            |p.hw_gp_ctr[0]|))))
      (a!188 (ite (= #x5 actp)
                  (ite (bvult #x01 cfg.host_nr_gp)
                       hvp.host_perf_activity.8
                       |p.hw_gp_ctr[1]|)
                  (ite (= #x6 actp)
                       (ite a!185
                            (bvadd |p.hw_gp_ctr[1]| inp.guest_count.delta)
                            |p.hw_gp_ctr[1]|)
                       (ite (= #x9 actp)
                            (ite a!43 |p.hw_gp_ctr[1]| a!187)
                            |p.hw_gp_ctr[1]|))))
      (a!196 (ite (= #x5 actp)
                  (ite (bvult #x02 cfg.host_nr_gp)
                       hvp.host_perf_activity.10
                       |p.hw_gp_ctr[2]|)
                  (ite (= #x6 actp)
                       (ite a!193
                            (bvadd |p.hw_gp_ctr[2]| inp.guest_count.delta)
                            |p.hw_gp_ctr[2]|)
                       (ite (= #x9 actp)
                            (ite a!43 |p.hw_gp_ctr[2]| a!195)
                            |p.hw_gp_ctr[2]|))))
      (a!204 (ite (= #x5 actp)
                  (ite (bvult #x03 cfg.host_nr_gp)
                       hvp.host_perf_activity.12
                       |p.hw_gp_ctr[3]|)
                  (ite (= #x6 actp)
                       (ite a!201
                            (bvadd |p.hw_gp_ctr[3]| inp.guest_count.delta)
                            |p.hw_gp_ctr[3]|)
                       (ite (= #x9 actp)
                            (ite a!43 |p.hw_gp_ctr[3]| a!203)
                            |p.hw_gp_ctr[3]|))))
      (a!218 (ite (= #x9 actp)
                  (ite a!43
                       |p.hw_fixed_ctr[0]|
                       (ite a!157
                            |p.hw_fixed_ctr[0]|
                            (ite a!158 |p.hw_fixed_ctr[0]| a!217)))
                  |p.hw_fixed_ctr[0]|))
      (a!226 (ite (= #x9 actp)
                  (ite a!43
                       |p.hw_fixed_ctr[1]|
                       (ite a!157
                            |p.hw_fixed_ctr[1]|
                            (ite a!158 |p.hw_fixed_ctr[1]| a!225)))
                  |p.hw_fixed_ctr[1]|))
      (a!234 (ite (= #x9 actp)
                  (ite a!43
                       |p.hw_fixed_ctr[2]|
                       (ite a!157
                            |p.hw_fixed_ctr[2]|
                            (ite a!158 |p.hw_fixed_ctr[2]| a!233)))
                  |p.hw_fixed_ctr[2]|))
      (a!242 (ite (= #x9 actp)
                  (ite a!43
                       |p.hw_fixed_ctr[3]|
                       (ite a!157
                            |p.hw_fixed_ctr[3]|
                            (ite a!158 |p.hw_fixed_ctr[3]| a!241)))
                  |p.hw_fixed_ctr[3]|))
      (a!260 (concat (concat ((_ extract 63 35) (ite a!224 a!259 a!258))
                             (ite true #b1 #b0))
                     ((_ extract 33 0) (ite a!224 a!259 a!258)))))
(let ((a!45 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!44))))
      (a!92 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 a!91))
      (a!107 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  a!106))
      (a!122 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  a!121))
      (a!137 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!136))
      (a!163 (ite (= #x3 actp)
                  a!154
                  (ite (= #x5 actp)
                       hvp.host_perf_activity.19
                       (ite (= #x7 actp)
                            (ite a!17 a!154 p.hw_global_ctrl)
                            a!162))))
      (a!181 (= #x0000000000000000
                (ite (= #x1 actp) a!169 (ite (= #x4 actp) a!170 a!180))))
      (a!189 (= #x0000000000000000
                (ite (= #x1 actp) a!183 (ite (= #x4 actp) a!184 a!188))))
      (a!197 (= #x0000000000000000
                (ite (= #x1 actp) a!191 (ite (= #x4 actp) a!192 a!196))))
      (a!205 (= #x0000000000000000
                (ite (= #x1 actp) a!199 (ite (= #x4 actp) a!200 a!204))))
      (a!219 (ite (= #x5 actp)
                  (ite (bvult #x00 cfg.host_nr_fixed)
                       hvp.host_perf_activity.14
                       |p.hw_fixed_ctr[0]|)
                  (ite (= #x6 actp)
                       (ite a!215
                            (bvadd |p.hw_fixed_ctr[0]| inp.guest_count.delta)
                            |p.hw_fixed_ctr[0]|)
                       a!218)))
      (a!227 (ite (= #x5 actp)
                  (ite (bvult #x01 cfg.host_nr_fixed)
                       hvp.host_perf_activity.15
                       |p.hw_fixed_ctr[1]|)
                  (ite (= #x6 actp)
                       (ite a!224
                            (bvadd |p.hw_fixed_ctr[1]| inp.guest_count.delta)
                            |p.hw_fixed_ctr[1]|)
                       a!226)))
      (a!235 (ite (= #x5 actp)
                  (ite (bvult #x02 cfg.host_nr_fixed)
                       hvp.host_perf_activity.16
                       |p.hw_fixed_ctr[2]|)
                  (ite (= #x6 actp)
                       (ite a!232
                            (bvadd |p.hw_fixed_ctr[2]| inp.guest_count.delta)
                            |p.hw_fixed_ctr[2]|)
                       a!234)))
      (a!243 (ite (= #x5 actp)
                  (ite (bvult #x03 cfg.host_nr_fixed)
                       hvp.host_perf_activity.17
                       |p.hw_fixed_ctr[3]|)
                  (ite (= #x6 actp)
                       (ite a!240
                            (bvadd |p.hw_fixed_ctr[3]| inp.guest_count.delta)
                            |p.hw_fixed_ctr[3]|)
                       a!242)))
      (a!261 (ite a!232
                  (ite (= #b1 ((_ extract 34 34) inp.guest_count.ovf))
                       a!260
                       (ite a!224 a!259 a!258))
                  (ite a!224 a!259 a!258))))
(let ((a!46 (not (= #b00 (ite (= #x1 actp) #b01 a!45))))
      (a!93 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 a!92))
      (a!108 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  a!107))
      (a!123 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  a!122))
      (a!138 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!137))
      (a!153 (and (= #b01 (ite (= #x1 actp) #b01 a!45))
                  (and cfg.enable_mediated_pmu a!54)))
      (a!164 (= #x0000000000000000
                (ite (= #x1 actp) a!154 (ite (= #x2 actp) a!155 a!163))))
      (a!168 (and (= #b00 (ite (= #x1 actp) #b01 a!45))
                  (and cfg.enable_mediated_pmu a!54)))
      (a!182 (and a!181 (= #x0000000000000000 (ite (= #x1 actp) a!61 a!64))))
      (a!190 (and a!189 (= #x0000000000000000 (ite (= #x1 actp) a!98 a!101))))
      (a!198 (and a!197 (= #x0000000000000000 (ite (= #x1 actp) a!113 a!116))))
      (a!206 (and a!205 (= #x0000000000000000 (ite (= #x1 actp) a!128 a!131))))
      (a!220 (= #x0000000000000000
                (ite (= #x1 actp) a!213 (ite (= #x4 actp) a!214 a!219))))
      (a!228 (= #x0000000000000000
                (ite (= #x1 actp) a!222 (ite (= #x4 actp) a!223 a!227))))
      (a!236 (= #x0000000000000000
                (ite (= #x1 actp) a!230 (ite (= #x4 actp) a!231 a!235))))
      (a!244 (= #x0000000000000000
                (ite (= #x1 actp) a!238 (ite (= #x4 actp) a!239 a!243))))
      (a!262 (ite (= #b1 ((_ extract 35 35) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 36) a!261) (ite true #b1 #b0))
                          ((_ extract 34 0) a!261))
                  a!261)))
(let ((a!94 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!93
                 |p.eventsel_hw[0]|))
      (a!109 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!108
                  |p.eventsel_hw[1]|))
      (a!124 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!123
                  |p.eventsel_hw[2]|))
      (a!139 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!138
                  |p.eventsel_hw[3]|))
      (a!221 (=> (bvult #x00
                        (ite (= #x0 actp)
                             (ite a!47 a!212 p.nr_fixed)
                             p.nr_fixed))
                 a!220))
      (a!229 (=> (bvult #x01
                        (ite (= #x0 actp)
                             (ite a!47 a!212 p.nr_fixed)
                             p.nr_fixed))
                 a!228))
      (a!237 (=> (bvult #x02
                        (ite (= #x0 actp)
                             (ite a!47 a!212 p.nr_fixed)
                             p.nr_fixed))
                 a!236))
      (a!245 (=> (bvult #x03
                        (ite (= #x0 actp)
                             (ite a!47 a!212 p.nr_fixed)
                             p.nr_fixed))
                 a!244))
      (a!266 (ite (= #x6 actp)
                  (ite a!240 a!262 a!261)
                  (ite (= #x9 actp)
                       (ite a!43
                            p.hw_global_status
                            (ite a!157 p.hw_global_status a!265))
                       p.hw_global_status))))
(let ((a!95 (ite (= #x0 actp)
                 a!65
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.eventsel_hw[0]|
                           (ite a!66 |p.eventsel_hw[0]| a!94))
                      |p.eventsel_hw[0]|)))
      (a!110 (ite (= #x0 actp)
                  a!102
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[1]|
                            (ite a!66 |p.eventsel_hw[1]| a!109))
                       |p.eventsel_hw[1]|)))
      (a!125 (ite (= #x0 actp)
                  a!117
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[2]|
                            (ite a!66 |p.eventsel_hw[2]| a!124))
                       |p.eventsel_hw[2]|)))
      (a!140 (ite (= #x0 actp)
                  a!132
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[3]|
                            (ite a!66 |p.eventsel_hw[3]| a!139))
                       |p.eventsel_hw[3]|)))
      (a!267 (ite (= #x1 actp)
                  a!250
                  (ite (= #x4 actp)
                       a!251
                       (ite (= #x5 actp) hvp.host_perf_activity.20 a!266)))))
(let ((a!96 (=> a!60 (= (ite (= #x1 actp) a!61 a!64) a!95)))
      (a!111 (=> a!97 (= (ite (= #x1 actp) a!98 a!101) a!110)))
      (a!126 (=> a!112 (= (ite (= #x1 actp) a!113 a!116) a!125)))
      (a!141 (=> a!127 (= (ite (= #x1 actp) a!128 a!131) a!140))))
(let ((a!268 (and (=> (and a!46 (and cfg.enable_mediated_pmu a!54))
                      (and a!96 a!111 a!126 a!141 (= a!144 a!152)))
                  (=> a!153 a!164)
                  (=> (ite (= #x0 actp) a!165 a!167) a!168)
                  (=> (ite (= #x0 actp) a!165 a!167)
                      (and (=> a!60 a!182)
                           (=> a!97 a!190)
                           (=> a!112 a!198)
                           (=> a!127 a!206)
                           a!221
                           a!229
                           a!237
                           a!245
                           (= #x0000000000000000 a!144)
                           (= #x0000000000000000 a!267)
                           a!164)))))
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
       a!6
       (=> a!7 (= #x0000000000000000 p.hw_global_ctrl))
       (=> p.after_put a!8)
       (=> p.after_put a!9)
       a!14
       (bvult actp #xb)
       (not a!268)))))))))))))))))))
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
      (a!5 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!8 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!9 (and (=> (bvult #x00 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[0]|)
                         (= #x0000000000000000 |p.hw_eventsel[0]|)))
                (=> (bvult #x01 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[1]|)
                         (= #x0000000000000000 |p.hw_eventsel[1]|)))
                (=> (bvult #x02 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[2]|)
                         (= #x0000000000000000 |p.hw_eventsel[2]|)))
                (=> (bvult #x03 p.nr_gp)
                    (and (= #x0000000000000000 |p.hw_gp_ctr[3]|)
                         (= #x0000000000000000 |p.hw_eventsel[3]|)))
                (=> (bvult #x00 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[0]|))
                (=> (bvult #x01 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[1]|))
                (=> (bvult #x02 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[2]|))
                (=> (bvult #x03 p.nr_fixed)
                    (= #x0000000000000000 |p.hw_fixed_ctr[3]|))
                (= #x0000000000000000 p.hw_fixed_ctr_ctrl)
                (= #x0000000000000000 p.hw_global_status)
                (= #x0000000000000000 p.hw_global_ctrl))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (=> a!5
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|))
                    (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))
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
       a!6
       (=> a!7 (= #x0000000000000000 p.hw_global_ctrl))
       (=> p.after_put a!8)
       (=> p.after_put a!9)
       (not (=> p.after_put a!9))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_gp_ctr[0]| |p.hw_gp_ctr[1]| |p.hw_gp_ctr[2]| |p.hw_gp_ctr[3]| |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| |p.hw_fixed_ctr[0]| |p.hw_fixed_ctr[1]| |p.hw_fixed_ctr[2]| |p.hw_fixed_ctr[3]| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_status |p.pmu_gp_counter[0]| |p.pmu_gp_counter[1]| |p.pmu_gp_counter[2]| |p.pmu_gp_counter[3]| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| |p.pmu_fixed_counter[0]| |p.pmu_fixed_counter[1]| |p.pmu_fixed_counter[2]| |p.pmu_fixed_counter[3]| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_status p.ctx p.pending p.pending_index p.pending_data p.after_put
; invariant: (let ((a!1 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!4 (and (= #b00 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!5 (and (=> (bvult #x00 p.nr_gp) (and (= #x0000000000000000 |p.hw_gp_ctr[0]|) (= #x0000000000000000 |p.hw_eventsel[0]|))) (=> (bvult #x01 p.nr_gp) (and (= #x0000000000000000 |p.hw_gp_ctr[1]|) (= #x0000000000000000 |p.hw_eventsel[1]|))) (=> (bvult #x02 p.nr_gp) (and (= #x0000000000000000 |p.hw_gp_ctr[2]|) (= #x0000000000000000 |p.hw_eventsel[2]|))) (=> (bvult #x03 p.nr_gp) (and (= #x0000000000000000 |p.hw_gp_ctr[3]|) (= #x0000000000000000 |p.hw_eventsel[3]|))) (=> (bvult #x00 p.nr_fixed) (= #x0000000000000000 |p.hw_fixed_ctr[0]|)) (=> (bvult #x01 p.nr_fixed) (= #x0000000000000000 |p.hw_fixed_ctr[1]|)) (=> (bvult #x02 p.nr_fixed) (= #x0000000000000000 |p.hw_fixed_ctr[2]|)) (=> (bvult #x03 p.nr_fixed) (= #x0000000000000000 |p.hw_fixed_ctr[3]|)) (= #x0000000000000000 p.hw_fixed_ctr_ctrl) (= #x0000000000000000 p.hw_global_status) (= #x0000000000000000 p.hw_global_ctrl)))) (let ((a!2 (=> a!1 (and (=> (bvult #x00 p.nr_gp) (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|)) (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))) (and a!2 (=> a!3 (= #x0000000000000000 p.hw_global_ctrl)) (=> p.after_put a!4) (=> p.after_put a!5))))
; trigger: reached at depth 3
