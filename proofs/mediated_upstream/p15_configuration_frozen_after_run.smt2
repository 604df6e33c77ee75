; vpmu-formal-certificate-1
; spec: mediated_upstream
; property: p15_configuration_frozen_after_run
; key: b7b6fb4d0df3d8fb92bf8a530208b78af8dbe95ac2b4aa63208d44aa5b501fc0
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.refresh_after_run () Bool)
(declare-fun p.frz_global_status_rsvd () (_ BitVec 64))
(declare-fun p.global_status_rsvd () (_ BitVec 64))
(declare-fun p.frz_global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.frz_fixed_ctr_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.frz_reserved_bits () (_ BitVec 64))
(declare-fun p.reserved_bits () (_ BitVec 64))
(declare-fun p.frz_fixed_counter_bitmask () (_ BitVec 64))
(declare-fun p.fixed_counter_bitmask () (_ BitVec 64))
(declare-fun p.frz_gp_counter_bitmask () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun p.frz_nr_fixed () (_ BitVec 8))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun p.frz_nr_gp () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.frz_pmu_version () (_ BitVec 8))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun p.frz_perf_caps () (_ BitVec 64))
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun p.frz_cpuid_tsx () Bool)
(declare-fun p.cpuid_tsx () Bool)
(declare-fun p.frz_cpuid_pdcm () Bool)
(declare-fun p.cpuid_pdcm () Bool)
(declare-fun p.frz_cpuid_fixed_width () (_ BitVec 8))
(declare-fun p.cpuid_fixed_width () (_ BitVec 8))
(declare-fun p.frz_cpuid_nr_fixed () (_ BitVec 8))
(declare-fun p.cpuid_nr_fixed () (_ BitVec 8))
(declare-fun p.frz_cpuid_gp_width () (_ BitVec 8))
(declare-fun p.cpuid_gp_width () (_ BitVec 8))
(declare-fun p.frz_cpuid_nr_gp () (_ BitVec 8))
(declare-fun p.cpuid_nr_gp () (_ BitVec 8))
(declare-fun p.frz_cpuid_version () (_ BitVec 8))
(declare-fun p.cpuid_version () (_ BitVec 8))
(declare-fun p.has_run () Bool)
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.raw_event_mask_txcp () Bool)
(declare-fun cfg.host_perf_cap_legacy () (_ BitVec 64))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun cfg.vm_enable_pmu () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun actp () (_ BitVec 4))
(declare-fun cfg.host_pt_host_guest () Bool)
(declare-fun cfg.host_tsx () Bool)
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.frz_cpuid_version (_ BitVec 8)) (p.frz_cpuid_nr_gp (_ BitVec 8)) (p.frz_cpuid_gp_width (_ BitVec 8)) (p.frz_cpuid_nr_fixed (_ BitVec 8)) (p.frz_cpuid_fixed_width (_ BitVec 8)) (p.frz_cpuid_pdcm Bool) (p.frz_cpuid_tsx Bool) (p.frz_perf_caps (_ BitVec 64)) (p.frz_pmu_version (_ BitVec 8)) (p.frz_nr_gp (_ BitVec 8)) (p.frz_nr_fixed (_ BitVec 8)) (p.frz_gp_counter_bitmask (_ BitVec 64)) (p.frz_fixed_counter_bitmask (_ BitVec 64)) (p.frz_reserved_bits (_ BitVec 64)) (p.frz_fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.frz_global_ctrl_rsvd (_ BitVec 64)) (p.frz_global_status_rsvd (_ BitVec 64)) (p.refresh_after_run Bool)) Bool
  (and (bvule p.nr_gp cfg.host_nr_gp)
     (bvule p.nr_fixed cfg.host_nr_fixed)
     (bvule p.nr_fixed #x03)
     (not p.refresh_after_run)
     (=> p.has_run
         (and (= p.cpuid_version p.frz_cpuid_version)
              (= p.cpuid_nr_gp p.frz_cpuid_nr_gp)
              (= p.cpuid_gp_width p.frz_cpuid_gp_width)
              (= p.cpuid_nr_fixed p.frz_cpuid_nr_fixed)
              (= p.cpuid_fixed_width p.frz_cpuid_fixed_width)
              (= p.cpuid_pdcm p.frz_cpuid_pdcm)
              (= p.cpuid_tsx p.frz_cpuid_tsx)
              (= p.perf_caps p.frz_perf_caps)
              (= p.pmu_version p.frz_pmu_version)
              (= p.nr_gp p.frz_nr_gp)
              (= p.nr_fixed p.frz_nr_fixed)
              (= p.gp_counter_bitmask p.frz_gp_counter_bitmask)
              (= p.fixed_counter_bitmask p.frz_fixed_counter_bitmask)
              (= p.reserved_bits p.frz_reserved_bits)
              (= p.fixed_ctr_ctrl_rsvd p.frz_fixed_ctr_ctrl_rsvd)
              (= p.global_ctrl_rsvd p.frz_global_ctrl_rsvd)
              (= p.global_status_rsvd p.frz_global_status_rsvd)
              (not p.refresh_after_run)))))
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
      (a!5 (and (bvule p.nr_gp cfg.host_nr_gp)
                (bvule p.nr_fixed cfg.host_nr_fixed)
                (bvule p.nr_fixed #x03)
                (not p.refresh_after_run)
                (=> p.has_run
                    (and (= p.cpuid_version p.frz_cpuid_version)
                         (= p.cpuid_nr_gp p.frz_cpuid_nr_gp)
                         (= p.cpuid_gp_width p.frz_cpuid_gp_width)
                         (= p.cpuid_nr_fixed p.frz_cpuid_nr_fixed)
                         (= p.cpuid_fixed_width p.frz_cpuid_fixed_width)
                         (= p.cpuid_pdcm p.frz_cpuid_pdcm)
                         (= p.cpuid_tsx p.frz_cpuid_tsx)
                         (= p.perf_caps p.frz_perf_caps)
                         (= p.pmu_version p.frz_pmu_version)
                         (= p.nr_gp p.frz_nr_gp)
                         (= p.nr_fixed p.frz_nr_fixed)
                         (= p.gp_counter_bitmask p.frz_gp_counter_bitmask)
                         (= p.fixed_counter_bitmask p.frz_fixed_counter_bitmask)
                         (= p.reserved_bits p.frz_reserved_bits)
                         (= p.fixed_ctr_ctrl_rsvd p.frz_fixed_ctr_ctrl_rsvd)
                         (= p.global_ctrl_rsvd p.frz_global_ctrl_rsvd)
                         (= p.global_status_rsvd p.frz_global_status_rsvd)
                         (not p.refresh_after_run))))))
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
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (= #x00 p.frz_cpuid_version)
       (= #x00 p.frz_cpuid_nr_gp)
       (= #x00 p.frz_cpuid_gp_width)
       (= #x00 p.frz_cpuid_nr_fixed)
       (= #x00 p.frz_cpuid_fixed_width)
       (= p.frz_cpuid_pdcm false)
       (= p.frz_cpuid_tsx false)
       (= #x0000000000000000 p.frz_perf_caps)
       (= #x00 p.frz_pmu_version)
       (= #x00 p.frz_nr_gp)
       (= #x00 p.frz_nr_fixed)
       (= #x0000000000000000 p.frz_gp_counter_bitmask)
       (= #x0000000000000000 p.frz_fixed_counter_bitmask)
       (= #x0000000000000000 p.frz_reserved_bits)
       (= #x0000000000000000 p.frz_fixed_ctr_ctrl_rsvd)
       (= #x0000000000000000 p.frz_global_ctrl_rsvd)
       (= #x0000000000000000 p.frz_global_status_rsvd)
       (= p.refresh_after_run false)
       (not a!5)))))
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
      (a!5 (and (= #x8 actp)
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
      (a!6 (and (= #x9 actp)
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
      (a!7 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!10 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!11 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!12 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!13 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!14 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx)))))
      (a!16 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!20 (not (= #x01
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!21 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!27 (= (ite (= #x0 actp)
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version))
                    p.cpuid_version)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.cpuid_version p.frz_cpuid_version)
                    p.frz_cpuid_version)))
      (a!28 (= (ite (= #x0 actp)
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_nr_gp
                         (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                    p.cpuid_nr_gp)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.cpuid_nr_gp p.frz_cpuid_nr_gp)
                    p.frz_cpuid_nr_gp)))
      (a!29 (= (ite (= #x0 actp)
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_gp_width
                         (ite p.has_run
                              p.cpuid_gp_width
                              inp.kvm_set_config.gp_width))
                    p.cpuid_gp_width)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.cpuid_gp_width p.frz_cpuid_gp_width)
                    p.frz_cpuid_gp_width)))
      (a!30 (= (ite (= #x0 actp)
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_nr_fixed
                         (ite p.has_run
                              p.cpuid_nr_fixed
                              inp.kvm_set_config.fixed))
                    p.cpuid_nr_fixed)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.cpuid_nr_fixed p.frz_cpuid_nr_fixed)
                    p.frz_cpuid_nr_fixed)))
      (a!31 (= (ite (= #x0 actp)
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_fixed_width
                         (ite p.has_run
                              p.cpuid_fixed_width
                              inp.kvm_set_config.fixed_width))
                    p.cpuid_fixed_width)
               (ite (= #x2 actp)
                    (ite (not p.has_run)
                         p.cpuid_fixed_width
                         p.frz_cpuid_fixed_width)
                    p.frz_cpuid_fixed_width)))
      (a!32 (= (ite (= #x0 actp)
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_pdcm
                         (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                    p.cpuid_pdcm)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.cpuid_pdcm p.frz_cpuid_pdcm)
                    p.frz_cpuid_pdcm)))
      (a!33 (= (ite (= #x0 actp)
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_tsx
                         (ite p.has_run p.cpuid_tsx inp.kvm_set_config.tsx))
                    p.cpuid_tsx)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.cpuid_tsx p.frz_cpuid_tsx)
                    p.frz_cpuid_tsx)))
      (a!41 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_gp_width
                             (ite p.has_run
                                  p.cpuid_gp_width
                                  inp.kvm_set_config.gp_width))
                        cfg.host_gp_width)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_gp_width
                      (ite p.has_run
                           p.cpuid_gp_width
                           inp.kvm_set_config.gp_width))
                 cfg.host_gp_width))
      (a!46 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_fixed_width
                             (ite p.has_run
                                  p.cpuid_fixed_width
                                  inp.kvm_set_config.fixed_width))
                        cfg.host_fixed_width)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_fixed_width
                      (ite p.has_run
                           p.cpuid_fixed_width
                           inp.kvm_set_config.fixed_width))
                 cfg.host_fixed_width)))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!8 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!7)))
      (a!15 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!12) #x0000000000000000) p.cpuid_pdcm a!13)
                 (or (not p.has_run) a!14)))
      (a!34 (ite (and (= (bvnot a!12) #x0000000000000000) p.cpuid_pdcm a!13)
                 inp.kvm_set_config.data
                 p.perf_caps)))
(let ((a!9 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
               (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
               (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
               (and (= #x3 actp) (= #b10 p.ctx))
               (and (= #x4 actp) (= #b01 p.ctx))
               (and (= #x5 actp) (= #b00 p.ctx))
               (and (= #x6 actp) (= #b10 p.ctx))
               (and (= #x7 actp) (= #b10 p.ctx))
               a!5
               a!6
               a!8))
      (a!17 (ite (and (not p.has_run) a!15)
                 a!16
                 (ite (and (not p.has_run) a!15) #x00 p.nr_gp)))
      (a!22 (ite (and (not p.has_run) a!15)
                 a!21
                 (ite (and (not p.has_run) a!15) #x00 p.nr_fixed)))
      (a!26 (ite (= #x0 actp)
                 (ite a!10
                      (ite p.has_run
                           (ite a!15 true p.refresh_after_run)
                           p.refresh_after_run)
                      p.refresh_after_run)
                 p.refresh_after_run))
      (a!35 (= (ite (= #x0 actp)
                    (ite inp.kvm_set_config.set_perf_caps a!34 p.perf_caps)
                    p.perf_caps)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.perf_caps p.frz_perf_caps)
                    p.frz_perf_caps)))
      (a!36 (ite (and (not p.has_run) a!15)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!15) #x00 p.pmu_version)))
      (a!42 (ite (and (not p.has_run) a!15)
                 (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!41))
                        #x0000000000000001)
                 (ite (and (not p.has_run) a!15)
                      #x0000000000000000
                      p.gp_counter_bitmask)))
      (a!47 (ite (and (not p.has_run) a!15)
                 (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!46))
                        #x0000000000000001)
                 (ite (and (not p.has_run) a!15)
                      #x0000000000000000
                      p.fixed_counter_bitmask)))
      (a!52 (ite (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_pdcm
                      (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                 (ite inp.kvm_set_config.set_perf_caps a!34 p.perf_caps)
                 #x0000000000000000))
      (a!54 (bvxor (ite (and (not p.has_run) a!15)
                        #xffffffff00200000
                        p.reserved_bits)
                   #x0000000100000000))
      (a!61 (bvand (ite (and (not p.has_run) a!15)
                        #xffffffffffffffff
                        p.fixed_ctr_ctrl_rsvd)
                   (bvnot (bvshl #x000000000000000b #x0000000000000000)))))
(let ((a!18 (ite a!11 a!17 (ite (and (not p.has_run) a!15) #x00 p.nr_gp)))
      (a!23 (ite a!20 a!22 (ite (and (not p.has_run) a!15) #x00 p.nr_fixed)))
      (a!37 (ite cfg.vm_enable_pmu
                 a!36
                 (ite (and (not p.has_run) a!15) #x00 p.pmu_version)))
      (a!43 (ite a!11
                 a!42
                 (ite (and (not p.has_run) a!15)
                      #x0000000000000000
                      p.gp_counter_bitmask)))
      (a!48 (ite a!20
                 a!47
                 (ite (and (not p.has_run) a!15)
                      #x0000000000000000
                      p.fixed_counter_bitmask)))
      (a!53 (and (not (= #x0000000000000000 (bvand a!52 #x0000000000000f00)))
                 (not (= #x0000000000000000 (bvand a!52 #x0000000000004000)))))
      (a!55 (ite (and (not p.has_run) a!15)
                 a!54
                 (ite (and (not p.has_run) a!15)
                      #xffffffff00200000
                      p.reserved_bits)))
      (a!62 (ite (and (not p.has_run) a!15)
                 a!61
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.fixed_ctr_ctrl_rsvd)))
      (a!78 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!22))
                          #x0000000000000001)
                   #x0000000000000020)))
(let ((a!19 (ite cfg.vm_enable_pmu
                 a!18
                 (ite (and (not p.has_run) a!15) #x00 p.nr_gp)))
      (a!24 (ite a!11 a!23 (ite (and (not p.has_run) a!15) #x00 p.nr_fixed)))
      (a!38 (= (ite (= #x0 actp) (ite a!10 a!37 p.pmu_version) p.pmu_version)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.pmu_version p.frz_pmu_version)
                    p.frz_pmu_version)))
      (a!44 (ite cfg.vm_enable_pmu
                 a!43
                 (ite (and (not p.has_run) a!15)
                      #x0000000000000000
                      p.gp_counter_bitmask)))
      (a!49 (ite a!11
                 a!48
                 (ite (and (not p.has_run) a!15)
                      #x0000000000000000
                      p.fixed_counter_bitmask)))
      (a!56 (ite (and (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_tsx
                           (ite p.has_run p.cpuid_tsx inp.kvm_set_config.tsx))
                      cfg.host_tsx)
                 a!55
                 (ite (and (not p.has_run) a!15)
                      #xffffffff00200000
                      p.reserved_bits)))
      (a!63 (ite (bvult #x00 a!22)
                 a!62
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.fixed_ctr_ctrl_rsvd)))
      (a!79 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!17))
                         #x0000000000000001)
                  a!78)))
(let ((a!25 (ite cfg.vm_enable_pmu
                 a!24
                 (ite (and (not p.has_run) a!15) #x00 p.nr_fixed)))
      (a!39 (= (ite (= #x0 actp) (ite a!10 a!19 p.nr_gp) p.nr_gp)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.nr_gp p.frz_nr_gp)
                    p.frz_nr_gp)))
      (a!45 (= (ite (= #x0 actp)
                    (ite a!10 a!44 p.gp_counter_bitmask)
                    p.gp_counter_bitmask)
               (ite (= #x2 actp)
                    (ite (not p.has_run)
                         p.gp_counter_bitmask
                         p.frz_gp_counter_bitmask)
                    p.frz_gp_counter_bitmask)))
      (a!50 (ite cfg.vm_enable_pmu
                 a!49
                 (ite (and (not p.has_run) a!15)
                      #x0000000000000000
                      p.fixed_counter_bitmask)))
      (a!57 (ite a!53
                 (ite (and (not p.has_run) a!15)
                      (bvand a!56 (bvnot #x0000000400000000))
                      a!56)
                 a!56))
      (a!64 (ite (and (not p.has_run) a!15)
                 (bvand a!63
                        (bvnot (bvshl #x000000000000000b #x0000000000000004)))
                 a!63))
      (a!80 (ite (and (not p.has_run) a!15)
                 (bvnot a!79)
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_ctrl_rsvd))))
(let ((a!40 (= (ite (= #x0 actp) (ite a!10 a!25 p.nr_fixed) p.nr_fixed)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.nr_fixed p.frz_nr_fixed)
                    p.frz_nr_fixed)))
      (a!51 (= (ite (= #x0 actp)
                    (ite a!10 a!50 p.fixed_counter_bitmask)
                    p.fixed_counter_bitmask)
               (ite (= #x2 actp)
                    (ite (not p.has_run)
                         p.fixed_counter_bitmask
                         p.frz_fixed_counter_bitmask)
                    p.frz_fixed_counter_bitmask)))
      (a!58 (ite a!11
                 (ite a!20 a!57 a!56)
                 (ite (and (not p.has_run) a!15)
                      #xffffffff00200000
                      p.reserved_bits)))
      (a!65 (ite (and (not p.has_run) a!15)
                 (bvand (ite (bvult #x01 a!22) a!64 a!63)
                        (bvnot (bvshl #x000000000000000b #x0000000000000008)))
                 (ite (bvult #x01 a!22) a!64 a!63)))
      (a!81 (ite a!20
                 a!80
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_ctrl_rsvd)))
      (a!85 (bvand a!80
                   (bvnot (bvor (bvor #x4000000000000000 #x8000000000000000)
                                #x0080000000000000))))
      (a!87 (ite (and (not p.has_run) a!15)
                 (bvand a!80
                        (bvnot (bvor #x4000000000000000 #x8000000000000000)))
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_status_rsvd))))
(let ((a!59 (ite cfg.vm_enable_pmu
                 a!58
                 (ite (and (not p.has_run) a!15)
                      #xffffffff00200000
                      p.reserved_bits)))
      (a!66 (ite (bvult #x02 a!22) a!65 (ite (bvult #x01 a!22) a!64 a!63)))
      (a!82 (ite a!11
                 a!81
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_ctrl_rsvd)))
      (a!86 (ite (and (not p.has_run) a!15)
                 a!85
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_status_rsvd))))
(let ((a!60 (= (ite (= #x0 actp)
                    (ite a!10 a!59 p.reserved_bits)
                    p.reserved_bits)
               (ite (= #x2 actp)
                    (ite (not p.has_run) p.reserved_bits p.frz_reserved_bits)
                    p.frz_reserved_bits)))
      (a!67 (ite (and (not p.has_run) a!15)
                 (bvand a!66
                        (bvnot (bvshl #x000000000000000b #x000000000000000c)))
                 a!66))
      (a!83 (ite cfg.vm_enable_pmu
                 a!82
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_ctrl_rsvd)))
      (a!88 (ite a!20
                 (ite cfg.host_pt_host_guest a!86 a!87)
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_status_rsvd))))
(let ((a!68 (ite (and (not p.has_run) a!15)
                 (bvand (ite (bvult #x03 a!22) a!67 a!66)
                        (bvnot (bvshl #x0000000100000000 #x0000000000000000)))
                 (ite (bvult #x03 a!22) a!67 a!66)))
      (a!84 (= (ite (= #x0 actp)
                    (ite a!10 a!83 p.global_ctrl_rsvd)
                    p.global_ctrl_rsvd)
               (ite (= #x2 actp)
                    (ite (not p.has_run)
                         p.global_ctrl_rsvd
                         p.frz_global_ctrl_rsvd)
                    p.frz_global_ctrl_rsvd)))
      (a!89 (ite a!11
                 a!88
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_status_rsvd))))
(let ((a!69 (ite (bvult #x00 a!22) a!68 (ite (bvult #x03 a!22) a!67 a!66)))
      (a!90 (ite cfg.vm_enable_pmu
                 a!89
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.global_status_rsvd))))
(let ((a!70 (ite (and (not p.has_run) a!15)
                 (bvand a!69
                        (bvnot (bvshl #x0000000100000000 #x0000000000000004)))
                 a!69))
      (a!91 (= (ite (= #x0 actp)
                    (ite a!10 a!90 p.global_status_rsvd)
                    p.global_status_rsvd)
               (ite (= #x2 actp)
                    (ite (not p.has_run)
                         p.global_status_rsvd
                         p.frz_global_status_rsvd)
                    p.frz_global_status_rsvd))))
(let ((a!71 (ite (and (not p.has_run) a!15)
                 (bvand (ite (bvult #x01 a!22) a!70 a!69)
                        (bvnot (bvshl #x0000000100000000 #x0000000000000008)))
                 (ite (bvult #x01 a!22) a!70 a!69))))
(let ((a!72 (ite (bvult #x02 a!22) a!71 (ite (bvult #x01 a!22) a!70 a!69))))
(let ((a!73 (ite (and (not p.has_run) a!15)
                 (bvand a!72
                        (bvnot (bvshl #x0000000100000000 #x000000000000000c)))
                 a!72)))
(let ((a!74 (ite a!20
                 (ite a!53
                      (ite (bvult #x03 a!22) a!73 a!72)
                      (ite (bvult #x03 a!22) a!67 a!66))
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.fixed_ctr_ctrl_rsvd))))
(let ((a!75 (ite a!11
                 a!74
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.fixed_ctr_ctrl_rsvd))))
(let ((a!76 (ite cfg.vm_enable_pmu
                 a!75
                 (ite (and (not p.has_run) a!15)
                      #xffffffffffffffff
                      p.fixed_ctr_ctrl_rsvd))))
(let ((a!77 (= (ite (= #x0 actp)
                    (ite a!10 a!76 p.fixed_ctr_ctrl_rsvd)
                    p.fixed_ctr_ctrl_rsvd)
               (ite (= #x2 actp)
                    (ite (not p.has_run)
                         p.fixed_ctr_ctrl_rsvd
                         p.frz_fixed_ctr_ctrl_rsvd)
                    p.frz_fixed_ctr_ctrl_rsvd))))
(let ((a!92 (and (bvule (ite (= #x0 actp) (ite a!10 a!19 p.nr_gp) p.nr_gp)
                        cfg.host_nr_gp)
                 (bvule (ite (= #x0 actp) (ite a!10 a!25 p.nr_fixed) p.nr_fixed)
                        cfg.host_nr_fixed)
                 (bvule (ite (= #x0 actp) (ite a!10 a!25 p.nr_fixed) p.nr_fixed)
                        #x03)
                 (not a!26)
                 (=> (ite (= #x2 actp) true p.has_run)
                     (and a!27
                          a!28
                          a!29
                          a!30
                          a!31
                          a!32
                          a!33
                          a!35
                          a!38
                          a!39
                          a!40
                          a!45
                          a!51
                          a!60
                          a!77
                          a!84
                          a!91
                          (not a!26))))))
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
       (not p.refresh_after_run)
       (=> p.has_run
           (and (= p.cpuid_version p.frz_cpuid_version)
                (= p.cpuid_nr_gp p.frz_cpuid_nr_gp)
                (= p.cpuid_gp_width p.frz_cpuid_gp_width)
                (= p.cpuid_nr_fixed p.frz_cpuid_nr_fixed)
                (= p.cpuid_fixed_width p.frz_cpuid_fixed_width)
                (= p.cpuid_pdcm p.frz_cpuid_pdcm)
                (= p.cpuid_tsx p.frz_cpuid_tsx)
                (= p.perf_caps p.frz_perf_caps)
                (= p.pmu_version p.frz_pmu_version)
                (= p.nr_gp p.frz_nr_gp)
                (= p.nr_fixed p.frz_nr_fixed)
                (= p.gp_counter_bitmask p.frz_gp_counter_bitmask)
                (= p.fixed_counter_bitmask p.frz_fixed_counter_bitmask)
                (= p.reserved_bits p.frz_reserved_bits)
                (= p.fixed_ctr_ctrl_rsvd p.frz_fixed_ctr_ctrl_rsvd)
                (= p.global_ctrl_rsvd p.frz_global_ctrl_rsvd)
                (= p.global_status_rsvd p.frz_global_status_rsvd)
                (not p.refresh_after_run)))
       a!9
       (bvult actp #xb)
       (not a!92)))))))))))))))))))))))
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
      (a!5 (=> p.has_run
               (and (= p.cpuid_version p.frz_cpuid_version)
                    (= p.cpuid_nr_gp p.frz_cpuid_nr_gp)
                    (= p.cpuid_gp_width p.frz_cpuid_gp_width)
                    (= p.cpuid_nr_fixed p.frz_cpuid_nr_fixed)
                    (= p.cpuid_fixed_width p.frz_cpuid_fixed_width)
                    (= p.cpuid_pdcm p.frz_cpuid_pdcm)
                    (= p.cpuid_tsx p.frz_cpuid_tsx)
                    (= p.perf_caps p.frz_perf_caps)
                    (= p.pmu_version p.frz_pmu_version)
                    (= p.nr_gp p.frz_nr_gp)
                    (= p.nr_fixed p.frz_nr_fixed)
                    (= p.gp_counter_bitmask p.frz_gp_counter_bitmask)
                    (= p.fixed_counter_bitmask p.frz_fixed_counter_bitmask)
                    (= p.reserved_bits p.frz_reserved_bits)
                    (= p.fixed_ctr_ctrl_rsvd p.frz_fixed_ctr_ctrl_rsvd)
                    (= p.global_ctrl_rsvd p.frz_global_ctrl_rsvd)
                    (= p.global_status_rsvd p.frz_global_status_rsvd)
                    (not p.refresh_after_run)))))
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
       (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x03)
       (not p.refresh_after_run)
       a!5
       (not a!5)))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd p.ctx p.pending p.pending_index p.pending_data p.frz_cpuid_version p.frz_cpuid_nr_gp p.frz_cpuid_gp_width p.frz_cpuid_nr_fixed p.frz_cpuid_fixed_width p.frz_cpuid_pdcm p.frz_cpuid_tsx p.frz_perf_caps p.frz_pmu_version p.frz_nr_gp p.frz_nr_fixed p.frz_gp_counter_bitmask p.frz_fixed_counter_bitmask p.frz_reserved_bits p.frz_fixed_ctr_ctrl_rsvd p.frz_global_ctrl_rsvd p.frz_global_status_rsvd p.refresh_after_run
; invariant: (and (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x03) (not p.refresh_after_run) (=> p.has_run (and (= p.cpuid_version p.frz_cpuid_version) (= p.cpuid_nr_gp p.frz_cpuid_nr_gp) (= p.cpuid_gp_width p.frz_cpuid_gp_width) (= p.cpuid_nr_fixed p.frz_cpuid_nr_fixed) (= p.cpuid_fixed_width p.frz_cpuid_fixed_width) (= p.cpuid_pdcm p.frz_cpuid_pdcm) (= p.cpuid_tsx p.frz_cpuid_tsx) (= p.perf_caps p.frz_perf_caps) (= p.pmu_version p.frz_pmu_version) (= p.nr_gp p.frz_nr_gp) (= p.nr_fixed p.frz_nr_fixed) (= p.gp_counter_bitmask p.frz_gp_counter_bitmask) (= p.fixed_counter_bitmask p.frz_fixed_counter_bitmask) (= p.reserved_bits p.frz_reserved_bits) (= p.fixed_ctr_ctrl_rsvd p.frz_fixed_ctr_ctrl_rsvd) (= p.global_ctrl_rsvd p.frz_global_ctrl_rsvd) (= p.global_status_rsvd p.frz_global_status_rsvd) (not p.refresh_after_run))))
; trigger: reached at depth 2
