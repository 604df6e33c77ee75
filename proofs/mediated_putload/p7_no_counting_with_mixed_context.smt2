; vpmu-formal-certificate-1
; spec: mediated_putload
; property: p7_no_counting_with_mixed_context
; key: b4923f6110612a84fa57baead78a60b99fdfa32e5ce5fdb8980f7d0fd774b668
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.guest_state_under_enabled_pmu () Bool)
(declare-fun p.after_put () Bool)
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[3]| () (_ BitVec 64))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.global_status_rsvd () (_ BitVec 64))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.raw_event_mask_txcp () Bool)
(declare-fun p.reserved_bits () (_ BitVec 64))
(declare-fun p.fixed_counter_bitmask () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun p.nr_fixed () (_ BitVec 8))
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
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.13 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.11 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.9 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.7 () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.after_put Bool) (p.guest_state_under_enabled_pmu Bool)) Bool
  (let ((a!1 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!4 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
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
       (not p.guest_state_under_enabled_pmu)
       (=> a!3 (= #x0000000000000000 p.hw_global_ctrl))))))
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
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
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
(let ((a!9 (not (and a!6
                     (=> a!7 (= #x0000000000000000 p.hw_global_ctrl))
                     (=> p.after_put a!8)
                     (not p.guest_state_under_enabled_pmu)
                     (=> a!7 (= #x0000000000000000 p.hw_global_ctrl))))))
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
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 |p.eventsel_hw[2]|)
       (= #x0000000000000000 |p.eventsel_hw[3]|)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (= p.after_put false)
       (= p.guest_state_under_enabled_pmu false)
       a!9)))))
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
      (a!9 (and (= #x8 actp)
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
      (a!10 (and (= #x9 actp)
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
      (a!11 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!14 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!18 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!19 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!20 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!25 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!26 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!27 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!28 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!46 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!47 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!48 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!49 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx)))))
      (a!54 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!55 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!59 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      |p.eventsel_hw[0]|
                      |p.hw_eventsel[0]|)
                 |p.hw_eventsel[0]|))
      (a!60 (ite (bvult #x00 p.nr_gp)
                 (ite (not (= #x0000000000000000 |p.eventsel_hw[0]|))
                      #x0000000000000000
                      |p.hw_eventsel[0]|)
                 |p.hw_eventsel[0]|))
      (a!64 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!65 (and (= #x0000038d
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (bvugt p.pmu_version #x01)))
      (a!66 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c5)))
      (a!67 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c5)))
      (a!69 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000018a)))
      (a!72 (bvult (bvsub (ite (= #b00 p.pending)
                               inp.kvm_emulate_pmu_access.msr
                               p.pending_index)
                          #x00000309)
                   ((_ zero_extend 24) p.nr_fixed)))
      (a!74 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 11) p.pending_index))
                    #b000000000000000000000)))
      (a!77 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 9) p.pending_index))
                    #b00000000000000000000000)))
      (a!84 (or (= (ite (= p.pending #b00)
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
      (a!95 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x01 p.nr_gp)
                      |p.eventsel_hw[1]|
                      |p.hw_eventsel[1]|)
                 |p.hw_eventsel[1]|))
      (a!96 (ite (bvult #x01 p.nr_gp)
                 (ite (not (= #x0000000000000000 |p.eventsel_hw[1]|))
                      #x0000000000000000
                      |p.hw_eventsel[1]|)
                 |p.hw_eventsel[1]|))
      (a!109 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.eventsel_hw[2]|
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!110 (ite (bvult #x02 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[2]|))
                       #x0000000000000000
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!123 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.eventsel_hw[3]|
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!124 (ite (bvult #x03 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[3]|))
                       #x0000000000000000
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!137 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.fixed_ctr_ctrl_hw
                  p.hw_fixed_ctr_ctrl))
      (a!138 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not (= #x0000000000000000 p.fixed_ctr_ctrl_hw))
                       #x0000000000000000
                       p.hw_fixed_ctr_ctrl)
                  p.hw_fixed_ctr_ctrl))
      (a!141 (bvor (bvnot p.fixed_ctr_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!149 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!150 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!151 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvsub inp.guest_wrmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                            (bvult inp.guest_wrmsr.msr #x0000018a))
                       (bvsub inp.guest_wrmsr.msr #x00000186)
                       (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!152 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!160 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  true
                  p.after_put))
      (a!163 (ite (bvult #x00 p.nr_gp)
                  (or p.guest_state_under_enabled_pmu
                      (not (= #x0000000000000000 #x0000000000000000)))
                  p.guest_state_under_enabled_pmu)))
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
      (a!12 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!11)))
      (a!15 (or a!14
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!21 (and a!17
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
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
      (a!50 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!47) #x0000000000000000) p.cpuid_pdcm a!48)
                 (or (not p.has_run) a!49)))
      (a!61 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!60
                 |p.hw_eventsel[0]|))
      (a!68 (and a!67
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!70 (ite a!69
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)))
      (a!73 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000309)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000030d)
                 a!72))
      (a!75 (or a!74
                (bvule #b10011000001
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!76 (or a!74
                (bvule #b10011000101
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!78 (or a!77
                (bvule #b110000110
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!79 (or a!77
                (bvule #b110001010
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!85 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000)) (not a!84)))
      (a!97 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!96
                 |p.hw_eventsel[1]|))
      (a!111 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!110
                  |p.hw_eventsel[2]|))
      (a!125 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!124
                  |p.hw_eventsel[3]|))
      (a!139 (ite (= #x1 actp)
                  a!137
                  (ite (= #x4 actp)
                       a!138
                       (ite (= #x5 actp)
                            hvp.host_perf_activity.18
                            p.hw_fixed_ctr_ctrl))))
      (a!153 (ite (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                            (bvult inp.guest_wrmsr.msr #x0000030d))
                       (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                              ((_ zero_extend 24) cfg.host_nr_fixed)))
                  p.hw_global_ctrl
                  (ite (= #x0000038f inp.guest_wrmsr.msr)
                       (ite a!152 inp.guest_wrmsr.data p.hw_global_ctrl)
                       p.hw_global_ctrl)))
      (a!161 (ite (= #x1 actp)
                  false
                  (ite (= #x4 actp) a!160 (ite (= #x5 actp) false p.after_put))))
      (a!164 (ite (bvult #x01 p.nr_gp)
                  (or a!163 (not (= #x0000000000000000 #x0000000000000000)))
                  a!163)))
(let ((a!13 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!9
                a!10
                a!12))
      (a!16 (or cfg.enable_vmware_backdoor
                a!15
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!29 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!15 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!36 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!15 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!51 (ite (and (not p.has_run) a!50)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!50) #x00 p.pmu_version)))
      (a!56 (ite (and (not p.has_run) a!50)
                 a!55
                 (ite (and (not p.has_run) a!50) #x00 p.nr_gp)))
      (a!62 (ite (= #x4 actp)
                 a!61
                 (ite (= #x5 actp)
                      (ite (bvult #x00 cfg.host_nr_gp)
                           hvp.host_perf_activity.7
                           |p.hw_eventsel[0]|)
                      |p.hw_eventsel[0]|)))
      (a!63 (ite a!46
                 (ite (and (not p.has_run) a!50)
                      #x0000000000000000
                      |p.eventsel_hw[0]|)
                 |p.eventsel_hw[0]|))
      (a!71 (ite a!67
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 a!70))
      (a!80 (ite (and a!78 (not a!79))
                 (bvadd #xfffffe7a
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 (bvadd #xffffff3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))))
      (a!98 (ite (= #x4 actp)
                 a!97
                 (ite (= #x5 actp)
                      (ite (bvult #x01 cfg.host_nr_gp)
                           hvp.host_perf_activity.9
                           |p.hw_eventsel[1]|)
                      |p.hw_eventsel[1]|)))
      (a!99 (ite a!46
                 (ite (and (not p.has_run) a!50)
                      #x0000000000000000
                      |p.eventsel_hw[1]|)
                 |p.eventsel_hw[1]|))
      (a!112 (ite (= #x4 actp)
                  a!111
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_gp)
                            hvp.host_perf_activity.11
                            |p.hw_eventsel[2]|)
                       |p.hw_eventsel[2]|)))
      (a!113 (ite a!46
                  (ite (and (not p.has_run) a!50)
                       #x0000000000000000
                       |p.eventsel_hw[2]|)
                  |p.eventsel_hw[2]|))
      (a!126 (ite (= #x4 actp)
                  a!125
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_gp)
                            hvp.host_perf_activity.13
                            |p.hw_eventsel[3]|)
                       |p.hw_eventsel[3]|)))
      (a!127 (ite a!46
                  (ite (and (not p.has_run) a!50)
                       #x0000000000000000
                       |p.eventsel_hw[3]|)
                  |p.eventsel_hw[3]|))
      (a!140 (ite a!46
                  (ite (and (not p.has_run) a!50)
                       #x0000000000000000
                       p.fixed_ctr_ctrl_hw)
                  p.fixed_ctr_ctrl_hw))
      (a!142 (ite (and (= (bvnot a!141) #x0000000000000000) a!85)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.fixed_ctr_ctrl_hw))
      (a!154 (ite (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                            (bvult inp.guest_wrmsr.msr #x000004c5))
                       (bvult a!151 ((_ zero_extend 24) cfg.host_nr_gp)))
                  p.hw_global_ctrl
                  a!153))
      (a!159 (ite a!46
                  (ite (and (not p.has_run) a!50) false p.after_put)
                  p.after_put))
      (a!165 (ite (bvult #x02 p.nr_gp)
                  (or a!164 (not (= #x0000000000000000 #x0000000000000000)))
                  a!164)))
(let ((a!30 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!15 (not (bvugt p.pmu_version #x01)))
                 a!29))
      (a!37 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!15 (not (bvugt p.pmu_version #x01)))
                 a!36))
      (a!52 (ite cfg.vm_enable_pmu
                 a!51
                 (ite (and (not p.has_run) a!50) #x00 p.pmu_version)))
      (a!57 (ite a!54 a!56 (ite (and (not p.has_run) a!50) #x00 p.nr_gp)))
      (a!81 (ite (and a!75 (not a!76))
                 (bvadd #xfffffb3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 a!80))
      (a!143 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  (ite a!65 a!142 p.fixed_ctr_ctrl_hw)))
      (a!155 (ite (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                            (bvult inp.guest_wrmsr.msr #x000000c5))
                       (bvult a!151 ((_ zero_extend 24) cfg.host_nr_gp)))
                  p.hw_global_ctrl
                  a!154))
      (a!166 (ite (bvult #x03 p.nr_gp)
                  (or a!165 (not (= #x0000000000000000 #x0000000000000000)))
                  a!165)))
(let ((a!31 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!15 (not (bvugt p.pmu_version #x01)))
                 a!30))
      (a!38 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!15 (not (bvugt p.pmu_version #x01)))
                 a!37))
      (a!53 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!46 a!52 p.pmu_version)
                         p.pmu_version))))
      (a!58 (ite cfg.vm_enable_pmu
                 a!57
                 (ite (and (not p.has_run) a!50) #x00 p.nr_gp)))
      (a!82 (ite (and (= a!81 #x00000002) p.raw_event_mask_txcp)
                 (concat (concat ((_ extract 63 34) p.reserved_bits) (bvnot ((_ extract
                            33
                            33)
                          p.reserved_bits))) ((_ extract 32 0) p.reserved_bits))
                 p.reserved_bits))
      (a!144 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!143))
      (a!167 (ite (bvult #x00 p.nr_fixed)
                  (or a!166 (not (= #x0000000000000000 #x0000000000000000)))
                  a!166)))
(let ((a!32 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!26)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!27)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!28) a!31))))
      (a!39 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!26)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!27)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!28) a!38))))
      (a!83 (bvor (bvnot (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data))
                  (bvnot a!82)))
      (a!145 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!144))
      (a!168 (ite (bvult #x01 p.nr_fixed)
                  (or a!167 (not (= #x0000000000000000 #x0000000000000000)))
                  a!167)))
(let ((a!33 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!23)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!24)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!25) a!32))))
      (a!40 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!23)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!24)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!25) a!39))))
      (a!86 (ite (and (= (bvnot a!83) #x0000000000000000)
                      a!85
                      (= a!81 #x00000000))
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 |p.eventsel_hw[0]|))
      (a!100 (ite (and (= (bvnot a!83) #x0000000000000000)
                       a!85
                       (= a!81 #x00000001))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[1]|))
      (a!114 (ite (and (= (bvnot a!83) #x0000000000000000)
                       a!85
                       (= a!81 #x00000002))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[2]|))
      (a!128 (ite (and (= (bvnot a!83) #x0000000000000000)
                       a!85
                       (= a!81 #x00000003))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[3]|))
      (a!146 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!145
                  p.fixed_ctr_ctrl_hw))
      (a!169 (ite (bvult #x02 p.nr_fixed)
                  (or a!168 (not (= #x0000000000000000 #x0000000000000000)))
                  a!168)))
(let ((a!34 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!20)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!21)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!22) a!33))))
      (a!41 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!20)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!21)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!22) a!40))))
      (a!87 (ite (and a!69 (bvult a!71 ((_ zero_extend 24) p.nr_gp)))
                 a!86
                 |p.eventsel_hw[0]|))
      (a!101 (ite (and a!69 (bvult a!71 ((_ zero_extend 24) p.nr_gp)))
                  a!100
                  |p.eventsel_hw[1]|))
      (a!115 (ite (and a!69 (bvult a!71 ((_ zero_extend 24) p.nr_gp)))
                  a!114
                  |p.eventsel_hw[2]|))
      (a!129 (ite (and a!69 (bvult a!71 ((_ zero_extend 24) p.nr_gp)))
                  a!128
                  |p.eventsel_hw[3]|))
      (a!147 (ite (= #x0 actp)
                  a!140
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.fixed_ctr_ctrl_hw
                            (ite a!64 p.fixed_ctr_ctrl_hw a!146))
                       p.fixed_ctr_ctrl_hw)))
      (a!170 (ite (bvult #x03 p.nr_fixed)
                  (or a!169 (not (= #x0000000000000000 #x0000000000000000)))
                  a!169)))
(let ((a!35 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!17)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!18)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!19) a!34))))
      (a!42 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!17)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!18)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!19) a!41))))
      (a!88 (ite (and (or a!66 a!68) (bvult a!71 ((_ zero_extend 24) p.nr_gp)))
                 |p.eventsel_hw[0]|
                 (ite a!73 |p.eventsel_hw[0]| a!87)))
      (a!102 (ite (and (or a!66 a!68) (bvult a!71 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[1]|
                  (ite a!73 |p.eventsel_hw[1]| a!101)))
      (a!116 (ite (and (or a!66 a!68) (bvult a!71 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[2]|
                  (ite a!73 |p.eventsel_hw[2]| a!115)))
      (a!130 (ite (and (or a!66 a!68) (bvult a!71 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[3]|
                  (ite a!73 |p.eventsel_hw[3]| a!129)))
      (a!171 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (or a!170 (not (= #x0000000000000000 #x0000000000000000)))
                  p.guest_state_under_enabled_pmu)))
(let ((a!43 (ite (= #x7 actp)
                 (ite a!16 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!35 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!42 #b01 p.ctx) p.ctx))))
      (a!89 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 (ite a!65 |p.eventsel_hw[0]| a!88)))
      (a!103 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  (ite a!65 |p.eventsel_hw[1]| a!102)))
      (a!117 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  (ite a!65 |p.eventsel_hw[2]| a!116)))
      (a!131 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  (ite a!65 |p.eventsel_hw[3]| a!130)))
      (a!156 (ite (= #x7 actp)
                  (ite a!16 a!149 p.hw_global_ctrl)
                  (ite (= #x8 actp)
                       (ite a!35 a!149 p.hw_global_ctrl)
                       (ite (= #x9 actp)
                            (ite a!42 a!149 a!155)
                            p.hw_global_ctrl)))))
(let ((a!44 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!43))))
      (a!90 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 a!89))
      (a!104 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  a!103))
      (a!118 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  a!117))
      (a!132 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!131))
      (a!157 (ite (= #x2 actp)
                  a!150
                  (ite (= #x3 actp)
                       a!149
                       (ite (= #x5 actp) hvp.host_perf_activity.19 a!156)))))
(let ((a!45 (not (= #b00 (ite (= #x1 actp) #b01 a!44))))
      (a!91 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 a!90))
      (a!105 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  a!104))
      (a!119 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  a!118))
      (a!133 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!132))
      (a!148 (and (= #b01 (ite (= #x1 actp) #b01 a!44))
                  (and cfg.enable_mediated_pmu a!53)))
      (a!162 (and (= #b00 (ite (= #x1 actp) #b01 a!44))
                  (and cfg.enable_mediated_pmu a!53))))
(let ((a!92 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!91
                 |p.eventsel_hw[0]|))
      (a!106 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!105
                  |p.eventsel_hw[1]|))
      (a!120 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!119
                  |p.eventsel_hw[2]|))
      (a!134 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!133
                  |p.eventsel_hw[3]|))
      (a!158 (=> a!148 (= #x0000000000000000 (ite (= #x1 actp) a!149 a!157)))))
(let ((a!93 (ite (= #x0 actp)
                 a!63
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.eventsel_hw[0]|
                           (ite a!64 |p.eventsel_hw[0]| a!92))
                      |p.eventsel_hw[0]|)))
      (a!107 (ite (= #x0 actp)
                  a!99
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[1]|
                            (ite a!64 |p.eventsel_hw[1]| a!106))
                       |p.eventsel_hw[1]|)))
      (a!121 (ite (= #x0 actp)
                  a!113
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[2]|
                            (ite a!64 |p.eventsel_hw[2]| a!120))
                       |p.eventsel_hw[2]|)))
      (a!135 (ite (= #x0 actp)
                  a!127
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[3]|
                            (ite a!64 |p.eventsel_hw[3]| a!134))
                       |p.eventsel_hw[3]|))))
(let ((a!94 (=> (bvult #x00 (ite (= #x0 actp) (ite a!46 a!58 p.nr_gp) p.nr_gp))
                (= (ite (= #x1 actp) a!59 a!62) a!93)))
      (a!108 (=> (bvult #x01 (ite (= #x0 actp) (ite a!46 a!58 p.nr_gp) p.nr_gp))
                 (= (ite (= #x1 actp) a!95 a!98) a!107)))
      (a!122 (=> (bvult #x02 (ite (= #x0 actp) (ite a!46 a!58 p.nr_gp) p.nr_gp))
                 (= (ite (= #x1 actp) a!109 a!112) a!121)))
      (a!136 (=> (bvult #x03 (ite (= #x0 actp) (ite a!46 a!58 p.nr_gp) p.nr_gp))
                 (= (ite (= #x1 actp) a!123 a!126) a!135))))
(let ((a!172 (and (=> (and a!45 (and cfg.enable_mediated_pmu a!53))
                      (and a!94 a!108 a!122 a!136 (= a!139 a!147)))
                  a!158
                  (=> (ite (= #x0 actp) a!159 a!161) a!162)
                  (not (ite (= #x1 actp) a!171 p.guest_state_under_enabled_pmu))
                  a!158)))
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
       (not p.guest_state_under_enabled_pmu)
       (=> a!7 (= #x0000000000000000 p.hw_global_ctrl))
       a!13
       (bvult actp #xb)
       (not a!172)))))))))))))))))))
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
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
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
      (a!9 (not (and (not p.guest_state_under_enabled_pmu)
                     (=> a!7 (= #x0000000000000000 p.hw_global_ctrl))))))
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
       (and (not p.guest_state_under_enabled_pmu)
            (=> a!7 (= #x0000000000000000 p.hw_global_ctrl)))
       a!9))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| p.hw_fixed_ctr_ctrl p.hw_global_ctrl |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.ctx p.pending p.pending_index p.pending_data p.after_put p.guest_state_under_enabled_pmu
; invariant: (let ((a!1 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!4 (and (= #b00 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))) (let ((a!2 (=> a!1 (and (=> (bvult #x00 p.nr_gp) (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|)) (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))) (and a!2 (=> a!3 (= #x0000000000000000 p.hw_global_ctrl)) (=> p.after_put a!4) (not p.guest_state_under_enabled_pmu) (=> a!3 (= #x0000000000000000 p.hw_global_ctrl)))))
