; vpmu-formal-certificate-1
; spec: mediated_upstream
; property: p1_rdpmc_passthrough_needs_identical_pmu
; key: e06214944457723f355b782eaf72cb93c410e8cc8e4283c81a32153091cf76ba
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun p.fixed_counter_bitmask () (_ BitVec 64))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.refresh_after_run () Bool)
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.global_status_rsvd () (_ BitVec 64))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.raw_event_mask_txcp () Bool)
(declare-fun p.reserved_bits () (_ BitVec 64))
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
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
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
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.refresh_after_run Bool)) Bool
  (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (= p.nr_gp cfg.host_nr_gp)
                (= p.nr_fixed cfg.host_nr_fixed)
                (= p.gp_counter_bitmask cfg.host_gp_mask)
                (= p.fixed_counter_bitmask cfg.host_fixed_mask)
                (not cfg.enable_vmware_backdoor)
                (not cfg.host_perf_metrics))))
(let ((a!2 (not (or cfg.enable_vmware_backdoor
                    a!1
                    (not (= p.nr_gp cfg.host_nr_gp))
                    (not (= p.nr_fixed cfg.host_nr_fixed))
                    (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                    (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))))
  (and (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x03)
       (not p.refresh_after_run)
       (=> (and (= #b10 p.ctx) a!2) a!3)))))
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
      (a!5 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (= p.nr_gp cfg.host_nr_gp)
                (= p.nr_fixed cfg.host_nr_fixed)
                (= p.gp_counter_bitmask cfg.host_gp_mask)
                (= p.fixed_counter_bitmask cfg.host_fixed_mask)
                (not cfg.enable_vmware_backdoor)
                (not cfg.host_perf_metrics))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (not (or cfg.enable_vmware_backdoor
                    a!5
                    (not (= p.nr_gp cfg.host_nr_gp))
                    (not (= p.nr_fixed cfg.host_nr_fixed))
                    (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                    (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))))
(let ((a!8 (and (bvule p.nr_gp cfg.host_nr_gp)
                (bvule p.nr_fixed cfg.host_nr_fixed)
                (bvule p.nr_fixed #x03)
                (not p.refresh_after_run)
                (=> (and (= #b10 p.ctx) a!6) a!7))))
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
       (= p.refresh_after_run false)
       (not a!8))))))
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
      (a!5 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!8 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (= p.nr_gp cfg.host_nr_gp)
                (= p.nr_fixed cfg.host_nr_fixed)
                (= p.gp_counter_bitmask cfg.host_gp_mask)
                (= p.fixed_counter_bitmask cfg.host_fixed_mask)
                (not cfg.enable_vmware_backdoor)
                (not cfg.host_perf_metrics)))
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
      (a!14 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!15 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!16 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!17 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!18 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx)))))
      (a!20 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!24 (not (= #x01
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!25 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!31 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!32 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!33 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!34 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!39 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!40 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!41 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!42 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!64 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!69 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!6 (or a!5
               (not (= p.nr_gp cfg.host_nr_gp))
               (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!12 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!11)))
      (a!19 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!16) #x0000000000000000) p.cpuid_pdcm a!17)
                 (or (not p.has_run) a!18)))
      (a!35 (and a!31
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!36 (and a!32
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!37 (and a!33
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!38 (and a!34
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))))
(let ((a!7 (or cfg.enable_vmware_backdoor
               a!6
               (not (= p.gp_counter_bitmask cfg.host_gp_mask))
               (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!13 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
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
      (a!21 (ite (and (not p.has_run) a!19)
                 a!20
                 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!26 (ite (and (not p.has_run) a!19)
                 a!25
                 (ite (and (not p.has_run) a!19) #x00 p.nr_fixed)))
      (a!30 (ite (= #x0 actp)
                 (ite a!14
                      (ite p.has_run
                           (ite a!19 true p.refresh_after_run)
                           p.refresh_after_run)
                      p.refresh_after_run)
                 p.refresh_after_run))
      (a!43 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!6 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!50 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!6 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!59 (ite (and (not p.has_run) a!19)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!19) #x00 p.pmu_version)))
      (a!65 (ite (and (not p.has_run) a!19)
                 (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!64))
                        #x0000000000000001)
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      p.gp_counter_bitmask)))
      (a!70 (ite (and (not p.has_run) a!19)
                 (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!69))
                        #x0000000000000001)
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      p.fixed_counter_bitmask))))
(let ((a!22 (ite a!15 a!21 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!27 (ite a!24 a!26 (ite (and (not p.has_run) a!19) #x00 p.nr_fixed)))
      (a!44 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!6 (not (bvugt p.pmu_version #x01)))
                 a!43))
      (a!51 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!6 (not (bvugt p.pmu_version #x01)))
                 a!50))
      (a!60 (ite cfg.vm_enable_pmu
                 a!59
                 (ite (and (not p.has_run) a!19) #x00 p.pmu_version)))
      (a!66 (ite a!15
                 a!65
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      p.gp_counter_bitmask)))
      (a!71 (ite a!24
                 a!70
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      p.fixed_counter_bitmask))))
(let ((a!23 (ite cfg.vm_enable_pmu
                 a!22
                 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!28 (ite a!15 a!27 (ite (and (not p.has_run) a!19) #x00 p.nr_fixed)))
      (a!45 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!6 (not (bvugt p.pmu_version #x01)))
                 a!44))
      (a!52 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!6 (not (bvugt p.pmu_version #x01)))
                 a!51))
      (a!61 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!14 a!60 p.pmu_version)
                         p.pmu_version))))
      (a!67 (ite cfg.vm_enable_pmu
                 a!66
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      p.gp_counter_bitmask)))
      (a!72 (ite a!15
                 a!71
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      p.fixed_counter_bitmask))))
(let ((a!29 (ite cfg.vm_enable_pmu
                 a!28
                 (ite (and (not p.has_run) a!19) #x00 p.nr_fixed)))
      (a!46 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!40)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!41)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!42) a!45))))
      (a!53 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!40)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!41)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!42) a!52))))
      (a!62 (= (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp)
               cfg.host_nr_gp))
      (a!68 (= (ite (= #x0 actp)
                    (ite a!14 a!67 p.gp_counter_bitmask)
                    p.gp_counter_bitmask)
               cfg.host_gp_mask))
      (a!73 (ite cfg.vm_enable_pmu
                 a!72
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      p.fixed_counter_bitmask))))
(let ((a!47 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!37)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!38)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!39) a!46))))
      (a!54 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!37)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!38)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!39) a!53))))
      (a!63 (= (ite (= #x0 actp) (ite a!14 a!29 p.nr_fixed) p.nr_fixed)
               cfg.host_nr_fixed))
      (a!74 (= (ite (= #x0 actp)
                    (ite a!14 a!73 p.fixed_counter_bitmask)
                    p.fixed_counter_bitmask)
               cfg.host_fixed_mask)))
(let ((a!48 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!34)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!35)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!36) a!47))))
      (a!55 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!34)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!35)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!36) a!54))))
      (a!75 (not (or cfg.enable_vmware_backdoor
                     (not (and cfg.enable_mediated_pmu a!61))
                     (not a!62)
                     (not a!63)
                     (not a!68)
                     (not a!74)))))
(let ((a!49 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!31)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!32)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!33) a!48))))
      (a!56 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!31)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!32)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!33) a!55)))))
(let ((a!57 (ite (= #x7 actp)
                 (ite a!7 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!49 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!56 #b01 p.ctx) p.ctx)))))
(let ((a!58 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!57)))))
(let ((a!76 (and (= #b10 (ite (= #x1 actp) #b01 a!58)) a!75)))
(let ((a!77 (and (bvule (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp)
                        cfg.host_nr_gp)
                 (bvule (ite (= #x0 actp) (ite a!14 a!29 p.nr_fixed) p.nr_fixed)
                        cfg.host_nr_fixed)
                 (bvule (ite (= #x0 actp) (ite a!14 a!29 p.nr_fixed) p.nr_fixed)
                        #x03)
                 (not a!30)
                 (=> a!76
                     (and (and cfg.enable_mediated_pmu a!61)
                          a!62
                          a!63
                          a!68
                          a!74
                          (not cfg.enable_vmware_backdoor)
                          (not cfg.host_perf_metrics))))))
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
       (=> (and (= #b10 p.ctx) (not a!7)) a!8)
       a!13
       (bvult actp #xb)
       (not a!77))))))))))))))))
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
      (a!5 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (= p.nr_gp cfg.host_nr_gp)
                (= p.nr_fixed cfg.host_nr_fixed)
                (= p.gp_counter_bitmask cfg.host_gp_mask)
                (= p.fixed_counter_bitmask cfg.host_fixed_mask)
                (not cfg.enable_vmware_backdoor)
                (not cfg.host_perf_metrics))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (not (or cfg.enable_vmware_backdoor
                    a!5
                    (not (= p.nr_gp cfg.host_nr_gp))
                    (not (= p.nr_fixed cfg.host_nr_fixed))
                    (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                    (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))))
(let ((a!8 (not (=> (and (= #b10 p.ctx) a!6) a!7))))
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
       (=> (and (= #b10 p.ctx) a!6) a!7)
       a!8)))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd p.ctx p.pending p.pending_index p.pending_data p.refresh_after_run
; invariant: (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (= p.nr_gp cfg.host_nr_gp) (= p.nr_fixed cfg.host_nr_fixed) (= p.gp_counter_bitmask cfg.host_gp_mask) (= p.fixed_counter_bitmask cfg.host_fixed_mask) (not cfg.enable_vmware_backdoor) (not cfg.host_perf_metrics)))) (let ((a!2 (not (or cfg.enable_vmware_backdoor a!1 (not (= p.nr_gp cfg.host_nr_gp)) (not (= p.nr_fixed cfg.host_nr_fixed)) (not (= p.gp_counter_bitmask cfg.host_gp_mask)) (not (= p.fixed_counter_bitmask cfg.host_fixed_mask)))))) (and (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x03) (not p.refresh_after_run) (=> (and (= #b10 p.ctx) a!2) a!3))))
; trigger: reached at depth 3
