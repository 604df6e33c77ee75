; vpmu-formal-certificate-1
; spec: mediated_reserved
; property: p12_no_reserved_bits
; key: 01b4a44dca69540dd6ff4511a17c7676ff6ca6f7cdf5e763a08642bf8a2bde28
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun |p.hw_eventsel[3]| () (_ BitVec 64))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun |p.hw_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.global_status_rsvd () (_ BitVec 64))
(declare-fun p.pmu_global_status () (_ BitVec 64))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_rsvd () (_ BitVec 64))
(declare-fun |p.eventsel[3]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun p.reserved_bits () (_ BitVec 64))
(declare-fun p.raw_event_mask_txcp () Bool)
(declare-fun |p.eventsel[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.eventsel[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.eventsel[0]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun p.rsvd_gp_changed_state () Bool)
(declare-fun p.has_run () Bool)
(declare-fun p.hw_global_status () (_ BitVec 64))
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun cfg.host_pt_host_guest () Bool)
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
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
(declare-fun cfg.vm_enable_pmu () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun actp () (_ BitVec 4))
(declare-fun hvp.host_perf_activity.13 () (_ BitVec 64))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun hvp.host_perf_activity.11 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.9 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.7 () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun cfg.host_tsx () Bool)
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_count.ovf () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.20 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_global_status (_ BitVec 64)) (|p.eventsel[0]| (_ BitVec 64)) (|p.eventsel[1]| (_ BitVec 64)) (|p.eventsel[2]| (_ BitVec 64)) (|p.eventsel[3]| (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_status (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.rsvd_gp_changed_state Bool)) Bool
  (let ((a!1 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!5 (bvnot (ite (bvugt p.pmu_version #x01)
                       (bvor #x4000000000000000
                             #x8000000000000000
                             (ite cfg.host_pt_host_guest
                                  #x0080000000000000
                                  #x0000000000000000))
                       #x0000000000000000)))
      (a!6 (and (= #x0000000000000000
                   (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))
                (= #x0000000000000000
                   (bvand p.pmu_global_status p.global_status_rsvd))))
      (a!7 (and (= #b10 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvugt p.pmu_version #x01)))
      (a!8 (= #x0000000000000000
              (bvand |p.eventsel[0]|
                     (ite (and false p.raw_event_mask_txcp)
                          (bvxor p.reserved_bits #x0000000200000000)
                          p.reserved_bits))))
      (a!9 (= #x0000000000000000
              (bvand |p.eventsel[1]|
                     (ite (and false p.raw_event_mask_txcp)
                          (bvxor p.reserved_bits #x0000000200000000)
                          p.reserved_bits))))
      (a!10 (= #x0000000000000000
               (bvand |p.eventsel[2]|
                      (ite (and true p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!11 (= #x0000000000000000
               (bvand |p.eventsel[3]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!12 (=> (bvult #x00 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[0]|)))))
      (a!13 (=> (bvult #x01 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[1]|)))))
      (a!14 (=> (bvult #x02 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[2]|)))))
      (a!15 (=> (bvult #x03 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[3]|))))))
(let ((a!2 (=> a!1
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|))
                    (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))
      (a!4 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!3))
      (a!16 (=> a!1
                (and a!12
                     a!13
                     a!14
                     a!15
                     (= #x0000000000000000
                        (bvand p.hw_fixed_ctr_ctrl #x0000000000004444))))))
  (and (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x03)
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!2
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!4))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!5))
       (= #b1 ((_ extract 21 21) p.reserved_bits))
       (= #x0000000000004444 (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444))
       (=> (bvugt p.pmu_version #x01) a!6)
       (=> a!7
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> (and a!1 (bvugt p.pmu_version #x01))
           (= #x0000000000000000
              (bvand p.hw_global_status p.global_status_rsvd)))
       (=> (= #b10 p.ctx) p.has_run)
       (not p.rsvd_gp_changed_state)
       a!8
       (= |p.eventsel_hw[0]| |p.eventsel[0]|)
       a!9
       (= |p.eventsel_hw[1]| |p.eventsel[1]|)
       a!10
       (= |p.eventsel_hw[2]| |p.eventsel[2]|)
       a!11
       (= |p.eventsel_hw[3]| |p.eventsel[3]|)
       (= #x0000000000000000 (bvand p.fixed_ctr_ctrl p.fixed_ctr_ctrl_rsvd))
       (= p.fixed_ctr_ctrl_hw p.fixed_ctr_ctrl)
       (or (not (bvugt p.pmu_version #x01)) a!6)
       a!16))))
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
      (a!7 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!9 (bvnot (ite (bvugt p.pmu_version #x01)
                       (bvor #x4000000000000000
                             #x8000000000000000
                             (ite cfg.host_pt_host_guest
                                  #x0080000000000000
                                  #x0000000000000000))
                       #x0000000000000000)))
      (a!10 (and (= #x0000000000000000
                    (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))
                 (= #x0000000000000000
                    (bvand p.pmu_global_status p.global_status_rsvd))))
      (a!11 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!12 (= #x0000000000000000
               (bvand |p.eventsel[0]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!13 (= #x0000000000000000
               (bvand |p.eventsel[1]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!14 (= #x0000000000000000
               (bvand |p.eventsel[2]|
                      (ite (and true p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!15 (= #x0000000000000000
               (bvand |p.eventsel[3]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!16 (=> (bvult #x00 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[0]|)))))
      (a!17 (=> (bvult #x01 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[1]|)))))
      (a!18 (=> (bvult #x02 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[2]|)))))
      (a!19 (=> (bvult #x03 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[3]|))))))
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
      (a!8 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!7))
      (a!20 (=> a!5
                (and a!16
                     a!17
                     a!18
                     a!19
                     (= #x0000000000000000
                        (bvand p.hw_fixed_ctr_ctrl #x0000000000004444))))))
(let ((a!21 (and (bvule p.nr_gp cfg.host_nr_gp)
                 (bvule p.nr_fixed cfg.host_nr_fixed)
                 (bvule p.nr_fixed #x03)
                 (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
                 a!6
                 (ite (bvugt p.pmu_version #x01)
                      (= p.global_ctrl_rsvd (bvnot a!8))
                      (= #xffffffffffffffff p.global_ctrl_rsvd))
                 (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!9))
                 (= #b1 ((_ extract 21 21) p.reserved_bits))
                 (= #x0000000000004444
                    (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444))
                 (=> (bvugt p.pmu_version #x01) a!10)
                 (=> a!11
                     (= #x0000000000000000
                        (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
                 (=> (and a!5 (bvugt p.pmu_version #x01))
                     (= #x0000000000000000
                        (bvand p.hw_global_status p.global_status_rsvd)))
                 (=> (= #b10 p.ctx) p.has_run)
                 (not p.rsvd_gp_changed_state)
                 a!12
                 (= |p.eventsel_hw[0]| |p.eventsel[0]|)
                 a!13
                 (= |p.eventsel_hw[1]| |p.eventsel[1]|)
                 a!14
                 (= |p.eventsel_hw[2]| |p.eventsel[2]|)
                 a!15
                 (= |p.eventsel_hw[3]| |p.eventsel[3]|)
                 (= #x0000000000000000
                    (bvand p.fixed_ctr_ctrl p.fixed_ctr_ctrl_rsvd))
                 (= p.fixed_ctr_ctrl_hw p.fixed_ctr_ctrl)
                 (or (not (bvugt p.pmu_version #x01)) a!10)
                 a!20)))
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
       (= #x0000000000000000 |p.eventsel[0]|)
       (= #x0000000000000000 |p.eventsel[1]|)
       (= #x0000000000000000 |p.eventsel[2]|)
       (= #x0000000000000000 |p.eventsel[3]|)
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 |p.eventsel_hw[2]|)
       (= #x0000000000000000 |p.eventsel_hw[3]|)
       (= #x0000000000000000 p.fixed_ctr_ctrl)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= #x0000000000000000 p.pmu_global_status)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (= p.rsvd_gp_changed_state false)
       (not a!21))))))
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
      (a!7 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!9 (bvnot (ite (bvugt p.pmu_version #x01)
                       (bvor (bvor #x4000000000000000 #x8000000000000000)
                             (ite cfg.host_pt_host_guest
                                  #x0080000000000000
                                  #x0000000000000000))
                       #x0000000000000000)))
      (a!10 (and (= #x0000000000000000
                    (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))
                 (= #x0000000000000000
                    (bvand p.pmu_global_status p.global_status_rsvd))))
      (a!11 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!12 (= #x0000000000000000
               (bvand |p.eventsel[0]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!13 (= #x0000000000000000
               (bvand |p.eventsel[1]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!14 (= #x0000000000000000
               (bvand |p.eventsel[2]|
                      (ite (and true p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!15 (= #x0000000000000000
               (bvand |p.eventsel[3]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!16 (=> (bvult #x00 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[0]|)))))
      (a!17 (=> (bvult #x01 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[1]|)))))
      (a!18 (=> (bvult #x02 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[2]|)))))
      (a!19 (=> (bvult #x03 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[3]|)))))
      (a!21 (and (= #x8 actp)
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
      (a!22 (and (= #x9 actp)
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
      (a!23 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!26 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!27 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!28 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!29 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!30 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx)))))
      (a!32 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!36 (not (= #x01
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!37 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!45 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!48 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!49 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!50 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!51 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!56 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!57 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!58 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!59 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!79 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      |p.eventsel_hw[0]|
                      |p.hw_eventsel[0]|)
                 |p.hw_eventsel[0]|))
      (a!80 (ite (bvult #x00 p.nr_gp)
                 (ite (not (= #x0000000000000000 |p.eventsel_hw[0]|))
                      #x0000000000000000
                      |p.hw_eventsel[0]|)
                 |p.hw_eventsel[0]|))
      (a!84 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!85 (and (= #x0000038d
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (bvugt p.pmu_version #x01)))
      (a!86 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c5)))
      (a!87 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c5)))
      (a!89 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000018a)))
      (a!92 (bvult (bvsub (ite (= #b00 p.pending)
                               inp.kvm_emulate_pmu_access.msr
                               p.pending_index)
                          #x00000309)
                   ((_ zero_extend 24) p.nr_fixed)))
      (a!94 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 11) p.pending_index))
                    #b000000000000000000000)))
      (a!97 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 9) p.pending_index))
                    #b00000000000000000000000)))
      (a!104 (or (= (ite (= p.pending #b00)
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
      (a!116 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.eventsel_hw[1]|
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!117 (ite (bvult #x01 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[1]|))
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!131 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.eventsel_hw[2]|
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!132 (ite (bvult #x02 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[2]|))
                       #x0000000000000000
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!146 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.eventsel_hw[3]|
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!147 (ite (bvult #x03 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[3]|))
                       #x0000000000000000
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!160 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.fixed_ctr_ctrl_hw
                  p.hw_fixed_ctr_ctrl))
      (a!161 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not (= #x0000000000000000 p.fixed_ctr_ctrl_hw))
                       #x0000000000000000
                       p.hw_fixed_ctr_ctrl)
                  p.hw_fixed_ctr_ctrl))
      (a!164 (bvor (bvnot p.fixed_ctr_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!229 (bvor (bvnot p.global_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!238 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_status
                  p.pmu_global_status))
      (a!239 (bvor (bvnot p.global_status_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!241 (bvand p.pmu_global_status
                    (bvnot (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.data
                                p.pending_data))))
      (a!250 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!251 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!252 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvsub inp.guest_wrmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                            (bvult inp.guest_wrmsr.msr #x0000018a))
                       (bvsub inp.guest_wrmsr.msr #x00000186)
                       (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!255 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!256 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!261 (not (= #x0000000000000000
                     (bvand p.pmu_global_status
                            (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!262 (not (= #x0000000000000000
                     (bvand p.hw_global_status
                            (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!263 (bvand p.hw_global_status
                    (bvnot (bvand p.hw_global_status
                                  (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!266 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvand p.hw_global_status (bvnot p.hw_global_status))
                  p.hw_global_status))
      (a!267 (and (bvult #x03 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 35 35) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 12 12) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 13 13) p.hw_fixed_ctr_ctrl)))))
      (a!268 (and (bvult #x02 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 34 34) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 8 8) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 9 9) p.hw_fixed_ctr_ctrl)))))
      (a!269 (and (bvult #x01 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 33 33) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 4 4) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 5 5) p.hw_fixed_ctr_ctrl)))))
      (a!270 (and (bvult #x00 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 32 32) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 0 0) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 1 1) p.hw_fixed_ctr_ctrl)))))
      (a!271 (ite (and (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                  (ite (= #b1 ((_ extract 0 0) inp.guest_count.ovf))
                       (concat ((_ extract 63 1) p.hw_global_status)
                               (ite true #b1 #b0))
                       p.hw_global_status)
                  p.hw_global_status))
      (a!284 (bvnot (bvor (bvnot inp.guest_wrmsr.data)
                          (concat (concat (concat (concat (concat #b11 ((_ extract
                              61
                              60)
                            cfg.hw_global_ctrl_valid)) #b11) ((_ extract 57 56)
                            cfg.hw_global_ctrl_valid)) #b1) ((_ extract 54 0)
                            cfg.hw_global_ctrl_valid)))))
      (a!292 (= #x0000000000000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.data
                            p.pending_data)
                       p.global_status_rsvd)))
      (a!294 (= #x0000000000000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.data
                            p.pending_data)
                       p.global_ctrl_rsvd)))
      (a!297 (= #x0000000000000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.data
                            p.pending_data)
                       p.fixed_ctr_ctrl_rsvd))))
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
      (a!8 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!7))
      (a!20 (=> a!5
                (and a!16
                     a!17
                     a!18
                     a!19
                     (= #x0000000000000000
                        (bvand p.hw_fixed_ctr_ctrl #x0000000000004444)))))
      (a!24 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!23)))
      (a!31 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!28) #x0000000000000000) p.cpuid_pdcm a!29)
                 (or (not p.has_run) a!30)))
      (a!46 (or a!45
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!52 (and a!48
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!53 (and a!49
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!54 (and a!50
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!55 (and a!51
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!81 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!80
                 |p.hw_eventsel[0]|))
      (a!88 (and a!87
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!90 (ite a!89
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)))
      (a!93 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000309)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000030d)
                 a!92))
      (a!95 (or a!94
                (bvule #b10011000001
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!96 (or a!94
                (bvule #b10011000101
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!98 (or a!97
                (bvule #b110000110
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!99 (or a!97
                (bvule #b110001010
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!105 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                 (not a!104)))
      (a!118 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!117
                  |p.hw_eventsel[1]|))
      (a!133 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!132
                  |p.hw_eventsel[2]|))
      (a!148 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!147
                  |p.hw_eventsel[3]|))
      (a!162 (ite (= #x1 actp)
                  a!160
                  (ite (= #x4 actp)
                       a!161
                       (ite (= #x5 actp)
                            hvp.host_perf_activity.18
                            p.hw_fixed_ctr_ctrl))))
      (a!190 (ite (and (= (bvnot a!28) #x0000000000000000) p.cpuid_pdcm a!29)
                  inp.kvm_set_config.data
                  p.perf_caps))
      (a!253 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                       (bvult inp.guest_wrmsr.msr #x000000c5))
                  (bvult a!252 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!254 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvult a!252 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!264 (ite a!261
                  (bvor (ite a!262 a!263 p.hw_global_status)
                        (bvand p.pmu_global_status
                               (bvxor p.pmu_global_status p.hw_global_status)))
                  (ite a!262 a!263 p.hw_global_status)))
      (a!272 (ite (= #b1 ((_ extract 1 1) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 2) a!271) (ite true #b1 #b0))
                          ((_ extract 0 0) a!271))
                  a!271))
      (a!285 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  (ite (= a!284 #x0000000000000000)
                       (bvand p.hw_global_status (bvnot inp.guest_wrmsr.data))
                       p.hw_global_status)
                  p.hw_global_status)))
(let ((a!25 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!21
                a!22
                a!24))
      (a!33 (ite (and (not p.has_run) a!31)
                 a!32
                 (ite (and (not p.has_run) a!31) #x00 p.nr_gp)))
      (a!38 (ite (and (not p.has_run) a!31)
                 a!37
                 (ite (and (not p.has_run) a!31) #x00 p.nr_fixed)))
      (a!42 (ite (and (not p.has_run) a!31)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!31) #x00 p.pmu_version)))
      (a!47 (or cfg.enable_vmware_backdoor
                a!46
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!60 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!46 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!67 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!46 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!82 (ite (= #x4 actp)
                 a!81
                 (ite (= #x5 actp)
                      (ite (bvult #x00 cfg.host_nr_gp)
                           hvp.host_perf_activity.7
                           |p.hw_eventsel[0]|)
                      |p.hw_eventsel[0]|)))
      (a!83 (ite a!26
                 (ite (and (not p.has_run) a!31)
                      #x0000000000000000
                      |p.eventsel_hw[0]|)
                 |p.eventsel_hw[0]|))
      (a!91 (ite a!87
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 a!90))
      (a!100 (ite (and a!98 (not a!99))
                  (bvadd #xfffffe7a
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  (bvadd #xffffff3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))))
      (a!119 (ite (= #x4 actp)
                  a!118
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_gp)
                            hvp.host_perf_activity.9
                            |p.hw_eventsel[1]|)
                       |p.hw_eventsel[1]|)))
      (a!120 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       |p.eventsel_hw[1]|)
                  |p.eventsel_hw[1]|))
      (a!134 (ite (= #x4 actp)
                  a!133
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_gp)
                            hvp.host_perf_activity.11
                            |p.hw_eventsel[2]|)
                       |p.hw_eventsel[2]|)))
      (a!135 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       |p.eventsel_hw[2]|)
                  |p.eventsel_hw[2]|))
      (a!149 (ite (= #x4 actp)
                  a!148
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_gp)
                            hvp.host_perf_activity.13
                            |p.hw_eventsel[3]|)
                       |p.hw_eventsel[3]|)))
      (a!150 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       |p.eventsel_hw[3]|)
                  |p.eventsel_hw[3]|))
      (a!163 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       p.fixed_ctr_ctrl_hw)
                  p.fixed_ctr_ctrl_hw))
      (a!165 (ite (and (= (bvnot a!164) #x0000000000000000) a!105)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.fixed_ctr_ctrl_hw))
      (a!191 (ite (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_pdcm
                       (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                  (ite inp.kvm_set_config.set_perf_caps a!190 p.perf_caps)
                  #x0000000000000000))
      (a!193 (bvxor (ite (and (not p.has_run) a!31)
                         #xffffffff00200000
                         p.reserved_bits)
                    #x0000000100000000))
      (a!200 (bvand (ite (and (not p.has_run) a!31)
                         #xffffffffffffffff
                         p.fixed_ctr_ctrl_rsvd)
                    (bvnot (bvshl #x000000000000000b #x0000000000000000))))
      (a!221 (ite (= #x0000038f #x00000390)
                  (or a!46 (not (bvugt p.pmu_version #x01)))
                  true))
      (a!230 (ite (and (= (bvnot a!229) #x0000000000000000) a!105)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.pmu_global_ctrl))
      (a!237 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       p.pmu_global_status)
                  p.pmu_global_status))
      (a!240 (ite (and (= (bvnot a!239) #x0000000000000000)
                       (= p.pending #b00)
                       a!105)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.pmu_global_status))
      (a!242 (ite (and (= (bvnot a!239) #x0000000000000000) a!105)
                  a!241
                  p.pmu_global_status))
      (a!257 (ite a!254
                  p.hw_global_ctrl
                  (ite a!255
                       p.hw_global_ctrl
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!256 inp.guest_wrmsr.data p.hw_global_ctrl)
                            p.hw_global_ctrl))))
      (a!265 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!264
                  p.hw_global_status))
      (a!273 (ite (and (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                  a!272
                  a!271))
      (a!286 (ite a!254
                  p.hw_global_status
                  (ite a!255
                       p.hw_global_status
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_global_status
                            a!285))))
      (a!293 (ite (and (= p.pending #b00) a!105)
                  (or p.rsvd_gp_changed_state
                      (not (= p.pmu_global_status p.pmu_global_status)))
                  p.rsvd_gp_changed_state))
      (a!295 (ite a!105
                  (or p.rsvd_gp_changed_state
                      (not (= p.pmu_global_ctrl p.pmu_global_ctrl)))
                  p.rsvd_gp_changed_state))
      (a!296 (ite a!105
                  (or p.rsvd_gp_changed_state
                      (not (= p.pmu_global_status p.pmu_global_status)))
                  p.rsvd_gp_changed_state))
      (a!298 (ite a!105
                  (or p.rsvd_gp_changed_state
                      (not (= p.fixed_ctr_ctrl p.fixed_ctr_ctrl))
                      (not (= p.fixed_ctr_ctrl_hw p.fixed_ctr_ctrl_hw)))
                  p.rsvd_gp_changed_state))
      (a!310 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       |p.eventsel[0]|)
                  |p.eventsel[0]|))
      (a!319 (ite (and (not p.has_run) a!31)
                  true
                  (ite (and (not p.has_run) a!31) false p.raw_event_mask_txcp)))
      (a!325 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       |p.eventsel[1]|)
                  |p.eventsel[1]|))
      (a!334 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       |p.eventsel[2]|)
                  |p.eventsel[2]|))
      (a!344 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       |p.eventsel[3]|)
                  |p.eventsel[3]|))
      (a!353 (ite a!26
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       p.fixed_ctr_ctrl)
                  p.fixed_ctr_ctrl))
      (a!354 (ite (and (= (bvnot a!164) #x0000000000000000) a!105)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.fixed_ctr_ctrl)))
(let ((a!34 (ite a!27 a!33 (ite (and (not p.has_run) a!31) #x00 p.nr_gp)))
      (a!39 (ite a!36 a!38 (ite (and (not p.has_run) a!31) #x00 p.nr_fixed)))
      (a!43 (ite cfg.vm_enable_pmu
                 a!42
                 (ite (and (not p.has_run) a!31) #x00 p.pmu_version)))
      (a!61 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!46 (not (bvugt p.pmu_version #x01)))
                 a!60))
      (a!68 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!46 (not (bvugt p.pmu_version #x01)))
                 a!67))
      (a!101 (ite (and a!95 (not a!96))
                  (bvadd #xfffffb3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  a!100))
      (a!166 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  (ite a!85 a!165 p.fixed_ctr_ctrl_hw)))
      (a!172 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!38))
                           #x0000000000000001)
                    #x0000000000000020))
      (a!192 (and (not (= #x0000000000000000 (bvand a!191 #x0000000000000f00)))
                  (not (= #x0000000000000000 (bvand a!191 #x0000000000004000)))))
      (a!194 (ite (and (not p.has_run) a!31)
                  a!193
                  (ite (and (not p.has_run) a!31)
                       #xffffffff00200000
                       p.reserved_bits)))
      (a!201 (ite (and (not p.has_run) a!31)
                  a!200
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd)))
      (a!217 (or (bvugt a!42 #x01)
                 (and cfg.enable_mediated_pmu (not (= #x00 a!42)))))
      (a!222 (ite (= #x0000038f #x0000038f)
                  (or a!46 (not (bvugt p.pmu_version #x01)))
                  a!221))
      (a!231 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!230
                  p.pmu_global_ctrl))
      (a!243 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not (= #b00 p.pending)) a!242 p.pmu_global_status)
                  p.pmu_global_status))
      (a!274 (ite (= #b1 ((_ extract 2 2) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 3) a!273) (ite true #b1 #b0))
                          ((_ extract 1 0) a!273))
                  a!273))
      (a!299 (bvand (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.data
                         p.pending_data)
                    (ite (and (= #x00000002 a!91) p.raw_event_mask_txcp)
                         (bvxor p.reserved_bits #x0000000200000000)
                         p.reserved_bits)))
      (a!300 (ite (= #x00000000 a!91)
                  |p.eventsel[0]|
                  (ite (= #x00000001 a!91)
                       |p.eventsel[1]|
                       (ite (= #x00000002 a!91) |p.eventsel[2]| |p.eventsel[3]|))))
      (a!301 (ite (= #x00000000 a!91)
                  |p.eventsel_hw[0]|
                  (ite (= #x00000001 a!91)
                       |p.eventsel_hw[1]|
                       (ite (= #x00000002 a!91)
                            |p.eventsel_hw[2]|
                            |p.eventsel_hw[3]|))))
      (a!320 (ite (and (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_tsx
                            (ite p.has_run p.cpuid_tsx inp.kvm_set_config.tsx))
                       cfg.host_tsx)
                  a!319
                  (ite (and (not p.has_run) a!31) false p.raw_event_mask_txcp)))
      (a!355 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl
                  (ite a!85 a!354 p.fixed_ctr_ctrl)))
      (a!361 (= #b1 ((_ extract 21 21) (ite (= #x1 actp) a!79 a!82))))
      (a!362 (= #b1 ((_ extract 21 21) (ite (= #x1 actp) a!116 a!119))))
      (a!363 (= #b1 ((_ extract 21 21) (ite (= #x1 actp) a!131 a!134))))
      (a!364 (= #b1 ((_ extract 21 21) (ite (= #x1 actp) a!146 a!149)))))
(let ((a!35 (ite cfg.vm_enable_pmu
                 a!34
                 (ite (and (not p.has_run) a!31) #x00 p.nr_gp)))
      (a!40 (ite a!27 a!39 (ite (and (not p.has_run) a!31) #x00 p.nr_fixed)))
      (a!62 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!46 (not (bvugt p.pmu_version #x01)))
                 a!61))
      (a!69 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!46 (not (bvugt p.pmu_version #x01)))
                 a!68))
      (a!77 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!26 a!43 p.pmu_version)
                         p.pmu_version))))
      (a!102 (ite (and (= a!101 #x00000002) p.raw_event_mask_txcp)
                  (concat (concat ((_ extract 63 34) p.reserved_bits) (bvnot ((_ extract
                             33
                             33)
                           p.reserved_bits))) ((_ extract 32 0) p.reserved_bits))
                  p.reserved_bits))
      (a!167 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!166))
      (a!171 (bvugt (ite (= #x0 actp)
                         (ite a!26 a!43 p.pmu_version)
                         p.pmu_version)
                    #x01))
      (a!173 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!33))
                          #x0000000000000001)
                   a!172))
      (a!195 (ite (and (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_tsx
                            (ite p.has_run p.cpuid_tsx inp.kvm_set_config.tsx))
                       cfg.host_tsx)
                  a!194
                  (ite (and (not p.has_run) a!31)
                       #xffffffff00200000
                       p.reserved_bits)))
      (a!202 (ite (bvult #x00 a!38)
                  a!201
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd)))
      (a!218 (ite (and (not p.has_run) a!31)
                  (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!34))
                         #x0000000000000001)
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!223 (ite (= #x0000038f #x0000038e)
                  (or a!46 (not (bvugt p.pmu_version #x01)))
                  a!222))
      (a!232 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl
                  a!231))
      (a!244 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_status
                  a!243))
      (a!275 (ite (and (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[2]|)))
                  a!274
                  a!273))
      (a!302 (ite a!105
                  (or p.rsvd_gp_changed_state
                      (not (= a!300 a!300))
                      (not (= a!301 a!301)))
                  p.rsvd_gp_changed_state))
      (a!321 (ite a!27
                  a!320
                  (ite (and (not p.has_run) a!31) false p.raw_event_mask_txcp)))
      (a!356 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl
                  a!355)))
(let ((a!41 (ite cfg.vm_enable_pmu
                 a!40
                 (ite (and (not p.has_run) a!31) #x00 p.nr_fixed)))
      (a!63 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!57)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!58)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!59) a!62))))
      (a!70 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!57)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!58)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!59) a!69))))
      (a!78 (bvult #x00 (ite (= #x0 actp) (ite a!26 a!35 p.nr_gp) p.nr_gp)))
      (a!103 (bvor (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))
                   (bvnot a!102)))
      (a!115 (bvult #x01 (ite (= #x0 actp) (ite a!26 a!35 p.nr_gp) p.nr_gp)))
      (a!130 (bvult #x02 (ite (= #x0 actp) (ite a!26 a!35 p.nr_gp) p.nr_gp)))
      (a!145 (bvult #x03 (ite (= #x0 actp) (ite a!26 a!35 p.nr_gp) p.nr_gp)))
      (a!168 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!167))
      (a!174 (ite (and (not p.has_run) a!31)
                  (bvnot a!173)
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!178 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!26 a!35 p.nr_gp) p.nr_gp))))
      (a!188 (bvnot (ite a!171
                         (bvor (bvor #x4000000000000000 #x8000000000000000)
                               (ite cfg.host_pt_host_guest
                                    #x0080000000000000
                                    #x0000000000000000))
                         #x0000000000000000)))
      (a!196 (ite a!192
                  (ite (and (not p.has_run) a!31)
                       (bvand a!195 (bvnot #x0000000400000000))
                       a!195)
                  a!195))
      (a!203 (ite (and (not p.has_run) a!31)
                  (bvand a!202
                         (bvnot (bvshl #x000000000000000b #x0000000000000004)))
                  a!202))
      (a!219 (ite (and (not (= #x00 a!34)) a!217)
                  a!218
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!224 (ite (= #x0000038f #x0000030a)
                  (not a!57)
                  (ite (= #x0000038f #x0000030b)
                       (not a!58)
                       (ite (= #x0000038f #x0000030c) (not a!59) a!223))))
      (a!233 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!232
                  p.pmu_global_ctrl))
      (a!245 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!240
                  a!244))
      (a!276 (ite (= #b1 ((_ extract 3 3) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 4) a!275) (ite true #b1 #b0))
                          ((_ extract 2 0) a!275))
                  a!275))
      (a!303 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  (ite (not (= #x0000000000000000 a!299))
                       a!302
                       p.rsvd_gp_changed_state)
                  p.rsvd_gp_changed_state))
      (a!322 (ite cfg.vm_enable_pmu
                  a!321
                  (ite (and (not p.has_run) a!31) false p.raw_event_mask_txcp)))
      (a!357 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl
                  a!356)))
(let ((a!44 (=> (bvule (ite (= #x0 actp)
                            (ite a!26 a!43 p.pmu_version)
                            p.pmu_version)
                       #x01)
                (= #x00
                   (ite (= #x0 actp) (ite a!26 a!41 p.nr_fixed) p.nr_fixed))))
      (a!64 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!54)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!55)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!56) a!63))))
      (a!71 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!54)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!55)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!56) a!70))))
      (a!106 (ite (and (= (bvnot a!103) #x0000000000000000)
                       a!105
                       (= a!101 #x00000000))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[0]|))
      (a!121 (ite (and (= (bvnot a!103) #x0000000000000000)
                       a!105
                       (= a!101 #x00000001))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[1]|))
      (a!136 (ite (and (= (bvnot a!103) #x0000000000000000)
                       a!105
                       (= a!101 #x00000002))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[2]|))
      (a!151 (ite (and (= (bvnot a!103) #x0000000000000000)
                       a!105
                       (= a!101 #x00000003))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[3]|))
      (a!169 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!168
                  p.fixed_ctr_ctrl_hw))
      (a!175 (ite a!36
                  a!174
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!179 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!26 a!41 p.nr_fixed) p.nr_fixed))))
      (a!182 (bvand a!174
                    (bvnot (bvor (bvor #x4000000000000000 #x8000000000000000)
                                 #x0080000000000000))))
      (a!184 (ite (and (not p.has_run) a!31)
                  (bvand a!174
                         (bvnot (bvor #x4000000000000000 #x8000000000000000)))
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!197 (ite a!27
                  (ite a!36 a!196 a!195)
                  (ite (and (not p.has_run) a!31)
                       #xffffffff00200000
                       p.reserved_bits)))
      (a!204 (ite (and (not p.has_run) a!31)
                  (bvand (ite (bvult #x01 a!38) a!203 a!202)
                         (bvnot (bvshl #x000000000000000b #x0000000000000008)))
                  (ite (bvult #x01 a!38) a!203 a!202)))
      (a!220 (ite cfg.vm_enable_pmu
                  a!219
                  (ite (and (not p.has_run) a!31)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!225 (ite (= #x0000038f #x000004c3)
                  (not a!54)
                  (ite (= #x0000038f #x000004c4)
                       (not a!55)
                       (ite (= #x0000038f #x00000309) (not a!56) a!224))))
      (a!246 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!245
                  p.pmu_global_status))
      (a!277 (ite (and (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[3]|)))
                  a!276
                  a!275))
      (a!304 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  p.rsvd_gp_changed_state
                  (ite a!93 p.rsvd_gp_changed_state a!303)))
      (a!311 (ite (and (= (bvnot a!103) #x0000000000000000)
                       a!105
                       (= a!101 #x00000000))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel[0]|))
      (a!326 (ite (and (= (bvnot a!103) #x0000000000000000)
                       a!105
                       (= a!101 #x00000001))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel[1]|))
      (a!335 (ite (and (= (bvnot a!103) #x0000000000000000)
                       a!105
                       (= a!101 #x00000002))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel[2]|))
      (a!345 (ite (and (= (bvnot a!103) #x0000000000000000)
                       a!105
                       (= a!101 #x00000003))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel[3]|))
      (a!358 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!357
                  p.fixed_ctr_ctrl)))
(let ((a!65 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!51)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!52)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!53) a!64))))
      (a!72 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!51)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!52)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!53) a!71))))
      (a!107 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  a!106
                  |p.eventsel_hw[0]|))
      (a!122 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  a!121
                  |p.eventsel_hw[1]|))
      (a!137 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  a!136
                  |p.eventsel_hw[2]|))
      (a!152 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  a!151
                  |p.eventsel_hw[3]|))
      (a!170 (ite (= #x0 actp)
                  a!163
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.fixed_ctr_ctrl_hw
                            (ite a!84 p.fixed_ctr_ctrl_hw a!169))
                       p.fixed_ctr_ctrl_hw)))
      (a!176 (ite a!27
                  a!175
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!180 (bvnot (bvor (bvsub a!178 #x0000000000000001)
                          (bvshl (bvsub a!179 #x0000000000000001)
                                 #x0000000000000020))))
      (a!183 (ite (and (not p.has_run) a!31)
                  a!182
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!198 (ite cfg.vm_enable_pmu
                  a!197
                  (ite (and (not p.has_run) a!31)
                       #xffffffff00200000
                       p.reserved_bits)))
      (a!205 (ite (bvult #x02 a!38) a!204 (ite (bvult #x01 a!38) a!203 a!202)))
      (a!226 (ite (= #x0000038f #x000000c4)
                  (not a!51)
                  (ite (= #x0000038f #x000004c1)
                       (not a!52)
                       (ite (= #x0000038f #x000004c2) (not a!53) a!225))))
      (a!247 (ite (= #x4 actp)
                  a!238
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_status
                            (ite a!84 p.pmu_global_status a!246))
                       p.pmu_global_status)))
      (a!278 (ite (= #b1 ((_ extract 32 32) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 33) a!277) (ite true #b1 #b0))
                          ((_ extract 31 0) a!277))
                  a!277))
      (a!305 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not a!292) a!296 p.rsvd_gp_changed_state)
                  (ite a!85
                       (ite (not a!297) a!298 p.rsvd_gp_changed_state)
                       a!304)))
      (a!312 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  a!311
                  |p.eventsel[0]|))
      (a!327 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  a!326
                  |p.eventsel[1]|))
      (a!336 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  a!335
                  |p.eventsel[2]|))
      (a!346 (ite (and a!89 (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  a!345
                  |p.eventsel[3]|))
      (a!359 (ite (= #x0 actp)
                  a!353
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.fixed_ctr_ctrl
                            (ite a!84 p.fixed_ctr_ctrl a!358))
                       p.fixed_ctr_ctrl))))
(let ((a!66 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!48)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!49)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!50) a!65))))
      (a!73 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!48)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!49)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!50) a!72))))
      (a!108 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[0]|
                  (ite a!93 |p.eventsel_hw[0]| a!107)))
      (a!123 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[1]|
                  (ite a!93 |p.eventsel_hw[1]| a!122)))
      (a!138 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[2]|
                  (ite a!93 |p.eventsel_hw[2]| a!137)))
      (a!153 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[3]|
                  (ite a!93 |p.eventsel_hw[3]| a!152)))
      (a!177 (ite cfg.vm_enable_pmu
                  a!176
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!185 (ite a!36
                  (ite cfg.host_pt_host_guest a!183 a!184)
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!199 (= #b1
                ((_ extract 21 21)
                  (ite (= #x0 actp)
                       (ite a!26 a!198 p.reserved_bits)
                       p.reserved_bits))))
      (a!206 (ite (and (not p.has_run) a!31)
                  (bvand a!205
                         (bvnot (bvshl #x000000000000000b #x000000000000000c)))
                  a!205))
      (a!227 (ite (= #x0000038f #x000000c1)
                  (not a!48)
                  (ite (= #x0000038f #x000000c2)
                       (not a!49)
                       (ite (= #x0000038f #x000000c3) (not a!50) a!226))))
      (a!279 (concat (concat ((_ extract 63 34) (ite a!270 a!278 a!277))
                             (ite true #b1 #b0))
                     ((_ extract 32 0) (ite a!270 a!278 a!277))))
      (a!306 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not a!294) a!295 p.rsvd_gp_changed_state)
                  a!305))
      (a!313 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[0]|
                  (ite a!93 |p.eventsel[0]| a!312)))
      (a!323 (bvxor (ite (= #x0 actp)
                         (ite a!26 a!198 p.reserved_bits)
                         p.reserved_bits)
                    #x0000000200000000))
      (a!328 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[1]|
                  (ite a!93 |p.eventsel[1]| a!327)))
      (a!337 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[2]|
                  (ite a!93 |p.eventsel[2]| a!336)))
      (a!347 (ite (and (or a!86 a!88) (bvult a!91 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[3]|
                  (ite a!93 |p.eventsel[3]| a!346))))
(let ((a!74 (ite (= #x7 actp)
                 (ite a!47 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!66 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!73 #b01 p.ctx) p.ctx))))
      (a!109 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[0]|
                  (ite a!85 |p.eventsel_hw[0]| a!108)))
      (a!124 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  (ite a!85 |p.eventsel_hw[1]| a!123)))
      (a!139 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  (ite a!85 |p.eventsel_hw[2]| a!138)))
      (a!154 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  (ite a!85 |p.eventsel_hw[3]| a!153)))
      (a!181 (ite a!171
                  (= (ite (= #x0 actp)
                          (ite a!26 a!177 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd)
                     a!180)
                  (= #xffffffffffffffff
                     (ite (= #x0 actp)
                          (ite a!26 a!177 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd))))
      (a!186 (ite a!27
                  a!185
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!207 (ite (and (not p.has_run) a!31)
                  (bvand (ite (bvult #x03 a!38) a!206 a!205)
                         (bvnot (bvshl #x0000000100000000 #x0000000000000000)))
                  (ite (bvult #x03 a!38) a!206 a!205)))
      (a!228 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!227) p.hw_global_ctrl p.pmu_global_ctrl)
                  p.pmu_global_ctrl))
      (a!258 (ite (= #x8 actp)
                  (ite a!66 a!250 p.hw_global_ctrl)
                  (ite (= #x9 actp)
                       (ite a!73 a!250 (ite a!253 p.hw_global_ctrl a!257))
                       p.hw_global_ctrl)))
      (a!280 (ite a!269
                  (ite (= #b1 ((_ extract 33 33) inp.guest_count.ovf))
                       a!279
                       (ite a!270 a!278 a!277))
                  (ite a!270 a!278 a!277)))
      (a!307 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not a!292) a!293 p.rsvd_gp_changed_state)
                  a!306))
      (a!314 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]|
                  (ite a!85 |p.eventsel[0]| a!313)))
      (a!324 (ite (and false
                       (ite (= #x0 actp)
                            (ite a!26 a!322 p.raw_event_mask_txcp)
                            p.raw_event_mask_txcp))
                  a!323
                  (ite (= #x0 actp)
                       (ite a!26 a!198 p.reserved_bits)
                       p.reserved_bits)))
      (a!329 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]|
                  (ite a!85 |p.eventsel[1]| a!328)))
      (a!338 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]|
                  (ite a!85 |p.eventsel[2]| a!337)))
      (a!343 (ite (and true
                       (ite (= #x0 actp)
                            (ite a!26 a!322 p.raw_event_mask_txcp)
                            p.raw_event_mask_txcp))
                  a!323
                  (ite (= #x0 actp)
                       (ite a!26 a!198 p.reserved_bits)
                       p.reserved_bits)))
      (a!348 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]|
                  (ite a!85 |p.eventsel[3]| a!347))))
(let ((a!75 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!74))))
      (a!110 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[0]|
                  a!109))
      (a!125 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  a!124))
      (a!140 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  a!139))
      (a!155 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!154))
      (a!187 (ite cfg.vm_enable_pmu
                  a!186
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!208 (ite (bvult #x00 a!38) a!207 (ite (bvult #x03 a!38) a!206 a!205)))
      (a!234 (ite (= #x9 actp)
                  (ite a!73 a!228 p.pmu_global_ctrl)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl
                            (ite a!84 p.pmu_global_ctrl a!233))
                       p.pmu_global_ctrl)))
      (a!259 (ite (= #x3 actp)
                  a!250
                  (ite (= #x5 actp)
                       hvp.host_perf_activity.19
                       (ite (= #x7 actp)
                            (ite a!47 a!250 p.hw_global_ctrl)
                            a!258))))
      (a!281 (ite (= #b1 ((_ extract 34 34) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 35) a!280) (ite true #b1 #b0))
                          ((_ extract 33 0) a!280))
                  a!280))
      (a!308 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!307
                  p.rsvd_gp_changed_state))
      (a!315 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]|
                  a!314))
      (a!330 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]|
                  a!329))
      (a!339 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]|
                  a!338))
      (a!349 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]|
                  a!348)))
(let ((a!76 (not (= #b00 (ite (= #x1 actp) #b01 a!75))))
      (a!111 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[0]|
                  a!110))
      (a!126 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  a!125))
      (a!141 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  a!140))
      (a!156 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!155))
      (a!189 (= (ite (= #x0 actp)
                     (ite a!26 a!187 p.global_status_rsvd)
                     p.global_status_rsvd)
                (bvand (ite (= #x0 actp)
                            (ite a!26 a!177 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd)
                       a!188)))
      (a!209 (ite (and (not p.has_run) a!31)
                  (bvand a!208
                         (bvnot (bvshl #x0000000100000000 #x0000000000000004)))
                  a!208))
      (a!235 (ite (= #x3 actp)
                  a!228
                  (ite (= #x7 actp)
                       (ite a!47 a!228 p.pmu_global_ctrl)
                       (ite (= #x8 actp)
                            (ite a!66 a!228 p.pmu_global_ctrl)
                            a!234))))
      (a!248 (= #x0000000000000000
                (bvand (ite (= #x0 actp) a!237 a!247)
                       (ite (= #x0 actp)
                            (ite a!26 a!187 p.global_status_rsvd)
                            p.global_status_rsvd))))
      (a!249 (and (= #b10 (ite (= #x1 actp) #b01 a!75))
                  (and cfg.enable_mediated_pmu a!77)
                  a!171))
      (a!260 (bvand (ite (= #x1 actp) a!250 (ite (= #x2 actp) a!251 a!259))
                    (ite (= #x0 actp)
                         (ite a!26 a!177 p.global_ctrl_rsvd)
                         p.global_ctrl_rsvd)))
      (a!282 (concat (concat ((_ extract 63 36) (ite a!268 a!281 a!280))
                             (ite true #b1 #b0))
                     ((_ extract 34 0) (ite a!268 a!281 a!280))))
      (a!291 (=> (= #b10 (ite (= #x1 actp) #b01 a!75))
                 (ite (= #x2 actp) true p.has_run)))
      (a!309 (not (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.rsvd_gp_changed_state
                            (ite a!84 p.rsvd_gp_changed_state a!308))
                       p.rsvd_gp_changed_state)))
      (a!316 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]|
                  a!315))
      (a!331 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]|
                  a!330))
      (a!340 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]|
                  a!339))
      (a!350 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]|
                  a!349)))
(let ((a!112 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!111
                  |p.eventsel_hw[0]|))
      (a!127 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!126
                  |p.eventsel_hw[1]|))
      (a!142 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!141
                  |p.eventsel_hw[2]|))
      (a!157 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!156
                  |p.eventsel_hw[3]|))
      (a!210 (ite (and (not p.has_run) a!31)
                  (bvand (ite (bvult #x01 a!38) a!209 a!208)
                         (bvnot (bvshl #x0000000100000000 #x0000000000000008)))
                  (ite (bvult #x01 a!38) a!209 a!208)))
      (a!236 (= #x0000000000000000
                (bvand (ite (= #x0 actp)
                            (ite a!26 a!220 p.pmu_global_ctrl)
                            a!235)
                       (ite (= #x0 actp)
                            (ite a!26 a!177 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd))))
      (a!283 (ite a!267
                  (ite (= #b1 ((_ extract 35 35) inp.guest_count.ovf))
                       a!282
                       (ite a!268 a!281 a!280))
                  (ite a!268 a!281 a!280)))
      (a!317 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!316
                  |p.eventsel[0]|))
      (a!332 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!331
                  |p.eventsel[1]|))
      (a!341 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!340
                  |p.eventsel[2]|))
      (a!351 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!350
                  |p.eventsel[3]|))
      (a!365 (=> (and a!76 (and cfg.enable_mediated_pmu a!77))
                 (and (=> a!78 (not a!361))
                      (=> a!115 (not a!362))
                      (=> a!130 (not a!363))
                      (=> a!145 (not a!364))
                      (= #x0000000000000000 (bvand a!162 #x0000000000004444))))))
(let ((a!113 (ite (= #x0 actp)
                  a!83
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[0]|
                            (ite a!84 |p.eventsel_hw[0]| a!112))
                       |p.eventsel_hw[0]|)))
      (a!128 (ite (= #x0 actp)
                  a!120
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[1]|
                            (ite a!84 |p.eventsel_hw[1]| a!127))
                       |p.eventsel_hw[1]|)))
      (a!143 (ite (= #x0 actp)
                  a!135
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[2]|
                            (ite a!84 |p.eventsel_hw[2]| a!142))
                       |p.eventsel_hw[2]|)))
      (a!158 (ite (= #x0 actp)
                  a!150
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[3]|
                            (ite a!84 |p.eventsel_hw[3]| a!157))
                       |p.eventsel_hw[3]|)))
      (a!211 (ite (bvult #x02 a!38) a!210 (ite (bvult #x01 a!38) a!209 a!208)))
      (a!287 (ite (= #x6 actp)
                  a!283
                  (ite (= #x9 actp)
                       (ite a!73
                            p.hw_global_status
                            (ite a!253 p.hw_global_status a!286))
                       p.hw_global_status)))
      (a!318 (ite (= #x0 actp)
                  a!310
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[0]|
                            (ite a!84 |p.eventsel[0]| a!317))
                       |p.eventsel[0]|)))
      (a!333 (ite (= #x0 actp)
                  a!325
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[1]|
                            (ite a!84 |p.eventsel[1]| a!332))
                       |p.eventsel[1]|)))
      (a!342 (ite (= #x0 actp)
                  a!334
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[2]|
                            (ite a!84 |p.eventsel[2]| a!341))
                       |p.eventsel[2]|)))
      (a!352 (ite (= #x0 actp)
                  a!344
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[3]|
                            (ite a!84 |p.eventsel[3]| a!351))
                       |p.eventsel[3]|))))
(let ((a!114 (=> a!78 (= (ite (= #x1 actp) a!79 a!82) a!113)))
      (a!129 (=> a!115 (= (ite (= #x1 actp) a!116 a!119) a!128)))
      (a!144 (=> a!130 (= (ite (= #x1 actp) a!131 a!134) a!143)))
      (a!159 (=> a!145 (= (ite (= #x1 actp) a!146 a!149) a!158)))
      (a!212 (ite (and (not p.has_run) a!31)
                  (bvand a!211
                         (bvnot (bvshl #x0000000100000000 #x000000000000000c)))
                  a!211))
      (a!288 (ite (= #x1 actp)
                  a!265
                  (ite (= #x4 actp)
                       a!266
                       (ite (= #x5 actp) hvp.host_perf_activity.20 a!287)))))
(let ((a!213 (ite a!36
                  (ite a!192
                       (ite (bvult #x03 a!38) a!212 a!211)
                       (ite (bvult #x03 a!38) a!206 a!205))
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd)))
      (a!289 (= #x0000000000000000
                (bvand a!288
                       (ite (= #x0 actp)
                            (ite a!26 a!187 p.global_status_rsvd)
                            p.global_status_rsvd)))))
(let ((a!214 (ite a!27
                  a!213
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd)))
      (a!290 (=> (and (and a!76 (and cfg.enable_mediated_pmu a!77)) a!171)
                 a!289)))
(let ((a!215 (ite cfg.vm_enable_pmu
                  a!214
                  (ite (and (not p.has_run) a!31)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd))))
(let ((a!216 (= #x0000000000004444
                (bvand (ite (= #x0 actp)
                            (ite a!26 a!215 p.fixed_ctr_ctrl_rsvd)
                            p.fixed_ctr_ctrl_rsvd)
                       #x0000000000004444)))
      (a!360 (= #x0000000000000000
                (bvand a!359
                       (ite (= #x0 actp)
                            (ite a!26 a!215 p.fixed_ctr_ctrl_rsvd)
                            p.fixed_ctr_ctrl_rsvd)))))
(let ((a!366 (and (bvule (ite (= #x0 actp) (ite a!26 a!35 p.nr_gp) p.nr_gp)
                         cfg.host_nr_gp)
                  (bvule (ite (= #x0 actp)
                              (ite a!26 a!41 p.nr_fixed)
                              p.nr_fixed)
                         cfg.host_nr_fixed)
                  (bvule (ite (= #x0 actp)
                              (ite a!26 a!41 p.nr_fixed)
                              p.nr_fixed)
                         #x03)
                  a!44
                  (=> (and a!76 (and cfg.enable_mediated_pmu a!77))
                      (and a!114 a!129 a!144 a!159 (= a!162 a!170)))
                  a!181
                  a!189
                  a!199
                  a!216
                  (=> a!171 (and a!236 a!248))
                  (=> a!249 (= #x0000000000000000 a!260))
                  a!290
                  a!291
                  a!309
                  (= #x0000000000000000 (bvand a!318 a!324))
                  (= a!113 a!318)
                  (= #x0000000000000000 (bvand a!333 a!324))
                  (= a!128 a!333)
                  (= #x0000000000000000 (bvand a!342 a!343))
                  (= a!143 a!342)
                  (= #x0000000000000000 (bvand a!352 a!324))
                  (= a!158 a!352)
                  a!360
                  (= a!170 a!359)
                  (or (not a!171) (and a!236 a!248))
                  a!365)))
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
       (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x03)
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!6
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!8))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!9))
       (= #b1 ((_ extract 21 21) p.reserved_bits))
       (= #x0000000000004444 (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444))
       (=> (bvugt p.pmu_version #x01) a!10)
       (=> a!11
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> (and a!5 (bvugt p.pmu_version #x01))
           (= #x0000000000000000
              (bvand p.hw_global_status p.global_status_rsvd)))
       (=> (= #b10 p.ctx) p.has_run)
       (not p.rsvd_gp_changed_state)
       a!12
       (= |p.eventsel_hw[0]| |p.eventsel[0]|)
       a!13
       (= |p.eventsel_hw[1]| |p.eventsel[1]|)
       a!14
       (= |p.eventsel_hw[2]| |p.eventsel[2]|)
       a!15
       (= |p.eventsel_hw[3]| |p.eventsel[3]|)
       (= #x0000000000000000 (bvand p.fixed_ctr_ctrl p.fixed_ctr_ctrl_rsvd))
       (= p.fixed_ctr_ctrl_hw p.fixed_ctr_ctrl)
       (or (not (bvugt p.pmu_version #x01)) a!10)
       a!20
       a!25
       (bvult actp #xb)
       (not a!366)))))))))))))))))))))))
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
      (a!7 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!9 (bvnot (ite (bvugt p.pmu_version #x01)
                       (bvor #x4000000000000000
                             #x8000000000000000
                             (ite cfg.host_pt_host_guest
                                  #x0080000000000000
                                  #x0000000000000000))
                       #x0000000000000000)))
      (a!10 (and (= #x0000000000000000
                    (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))
                 (= #x0000000000000000
                    (bvand p.pmu_global_status p.global_status_rsvd))))
      (a!11 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!12 (= #x0000000000000000
               (bvand |p.eventsel[0]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!13 (= #x0000000000000000
               (bvand |p.eventsel[1]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!14 (= #x0000000000000000
               (bvand |p.eventsel[2]|
                      (ite (and true p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!15 (= #x0000000000000000
               (bvand |p.eventsel[3]|
                      (ite (and false p.raw_event_mask_txcp)
                           (bvxor p.reserved_bits #x0000000200000000)
                           p.reserved_bits))))
      (a!16 (=> (bvult #x00 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[0]|)))))
      (a!17 (=> (bvult #x01 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[1]|)))))
      (a!18 (=> (bvult #x02 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[2]|)))))
      (a!19 (=> (bvult #x03 p.nr_gp)
                (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[3]|))))))
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
      (a!8 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!7))
      (a!20 (=> a!5
                (and a!16
                     a!17
                     a!18
                     a!19
                     (= #x0000000000000000
                        (bvand p.hw_fixed_ctr_ctrl #x0000000000004444))))))
(let ((a!21 (and (not p.rsvd_gp_changed_state)
                 a!12
                 (= |p.eventsel_hw[0]| |p.eventsel[0]|)
                 a!13
                 (= |p.eventsel_hw[1]| |p.eventsel[1]|)
                 a!14
                 (= |p.eventsel_hw[2]| |p.eventsel[2]|)
                 a!15
                 (= |p.eventsel_hw[3]| |p.eventsel[3]|)
                 (= #x0000000000000000
                    (bvand p.fixed_ctr_ctrl p.fixed_ctr_ctrl_rsvd))
                 (= p.fixed_ctr_ctrl_hw p.fixed_ctr_ctrl)
                 (or (not (bvugt p.pmu_version #x01)) a!10)
                 a!20)))
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
       (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x03)
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!6
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!8))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!9))
       (= #b1 ((_ extract 21 21) p.reserved_bits))
       (= #x0000000000004444 (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444))
       (=> (bvugt p.pmu_version #x01) a!10)
       (=> a!11
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> (and a!5 (bvugt p.pmu_version #x01))
           (= #x0000000000000000
              (bvand p.hw_global_status p.global_status_rsvd)))
       (=> (= #b10 p.ctx) p.has_run)
       a!21
       (not a!21))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_status |p.eventsel[0]| |p.eventsel[1]| |p.eventsel[2]| |p.eventsel[3]| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| p.fixed_ctr_ctrl p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_status p.ctx p.pending p.pending_index p.pending_data p.rsvd_gp_changed_state
; invariant: (let ((a!1 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_fixed)) #x0000000000000001) #x0000000000000020)) (a!5 (bvnot (ite (bvugt p.pmu_version #x01) (bvor #x4000000000000000 #x8000000000000000 (ite cfg.host_pt_host_guest #x0080000000000000 #x0000000000000000)) #x0000000000000000))) (a!6 (and (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd)) (= #x0000000000000000 (bvand p.pmu_global_status p.global_status_rsvd)))) (a!7 (and (= #b10 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvugt p.pmu_version #x01))) (a!8 (= #x0000000000000000 (bvand |p.eventsel[0]| (ite (and false p.raw_event_mask_txcp) (bvxor p.reserved_bits #x0000000200000000) p.reserved_bits)))) (a!9 (= #x0000000000000000 (bvand |p.eventsel[1]| (ite (and false p.raw_event_mask_txcp) (bvxor p.reserved_bits #x0000000200000000) p.reserved_bits)))) (a!10 (= #x0000000000000000 (bvand |p.eventsel[2]| (ite (and true p.raw_event_mask_txcp) (bvxor p.reserved_bits #x0000000200000000) p.reserved_bits)))) (a!11 (= #x0000000000000000 (bvand |p.eventsel[3]| (ite (and false p.raw_event_mask_txcp) (bvxor p.reserved_bits #x0000000200000000) p.reserved_bits)))) (a!12 (=> (bvult #x00 p.nr_gp) (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[0]|))))) (a!13 (=> (bvult #x01 p.nr_gp) (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[1]|))))) (a!14 (=> (bvult #x02 p.nr_gp) (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[2]|))))) (a!15 (=> (bvult #x03 p.nr_gp) (not (= #b1 ((_ extract 21 21) |p.hw_eventsel[3]|)))))) (let ((a!2 (=> a!1 (and (=> (bvult #x00 p.nr_gp) (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|)) (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))) (a!4 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp)) #x0000000000000001) a!3)) (a!16 (=> a!1 (and a!12 a!13 a!14 a!15 (= #x0000000000000000 (bvand p.hw_fixed_ctr_ctrl #x0000000000004444)))))) (and (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x03) (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed)) a!2 (ite (bvugt p.pmu_version #x01) (= p.global_ctrl_rsvd (bvnot a!4)) (= #xffffffffffffffff p.global_ctrl_rsvd)) (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!5)) (= #b1 ((_ extract 21 21) p.reserved_bits)) (= #x0000000000004444 (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444)) (=> (bvugt p.pmu_version #x01) a!6) (=> a!7 (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd))) (=> (and a!1 (bvugt p.pmu_version #x01)) (= #x0000000000000000 (bvand p.hw_global_status p.global_status_rsvd))) (=> (= #b10 p.ctx) p.has_run) (not p.rsvd_gp_changed_state) a!8 (= |p.eventsel_hw[0]| |p.eventsel[0]|) a!9 (= |p.eventsel_hw[1]| |p.eventsel[1]|) a!10 (= |p.eventsel_hw[2]| |p.eventsel[2]|) a!11 (= |p.eventsel_hw[3]| |p.eventsel[3]|) (= #x0000000000000000 (bvand p.fixed_ctr_ctrl p.fixed_ctr_ctrl_rsvd)) (= p.fixed_ctr_ctrl_hw p.fixed_ctr_ctrl) (or (not (bvugt p.pmu_version #x01)) a!6) a!16)))
