; vpmu-formal-certificate-1
; spec: mediated_restore_controls
; property: p5_load_restores_saved_selects
; key: ffd9e8f0dc14b5a082beec17b1473a26ecdba10b66d71f0ad13c0d150fb4a807
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.exp_fcc () (_ BitVec 64))
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun |p.exp_evt[3]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[3]| () (_ BitVec 64))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun |p.exp_evt[2]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.exp_evt[1]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.exp_evt[0]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun p.just_loaded () Bool)
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
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
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.13 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.11 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.9 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.7 () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.just_loaded Bool) (|p.exp_evt[0]| (_ BitVec 64)) (|p.exp_evt[1]| (_ BitVec 64)) (|p.exp_evt[2]| (_ BitVec 64)) (|p.exp_evt[3]| (_ BitVec 64)) (p.exp_fcc (_ BitVec 64))) Bool
  (let ((a!1 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!4 (=> p.just_loaded
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.exp_evt[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.exp_evt[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.exp_evt[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.exp_evt[3]|))
                    (= p.hw_fixed_ctr_ctrl p.exp_fcc)))))
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
  (and (=> (bvult #x00 p.nr_gp) (= |p.eventsel_hw[0]| |p.exp_evt[0]|))
       (=> (bvult #x01 p.nr_gp) (= |p.eventsel_hw[1]| |p.exp_evt[1]|))
       (=> (bvult #x02 p.nr_gp) (= |p.eventsel_hw[2]| |p.exp_evt[2]|))
       (=> (bvult #x03 p.nr_gp) (= |p.eventsel_hw[3]| |p.exp_evt[3]|))
       (= p.fixed_ctr_ctrl_hw p.exp_fcc)
       a!2
       (=> p.just_loaded a!3)
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       a!4))))
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
      (a!8 (=> p.just_loaded
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.exp_evt[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.exp_evt[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.exp_evt[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.exp_evt[3]|))
                    (= p.hw_fixed_ctr_ctrl p.exp_fcc)))))
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
(let ((a!9 (not (and (=> (bvult #x00 p.nr_gp)
                         (= |p.eventsel_hw[0]| |p.exp_evt[0]|))
                     (=> (bvult #x01 p.nr_gp)
                         (= |p.eventsel_hw[1]| |p.exp_evt[1]|))
                     (=> (bvult #x02 p.nr_gp)
                         (= |p.eventsel_hw[2]| |p.exp_evt[2]|))
                     (=> (bvult #x03 p.nr_gp)
                         (= |p.eventsel_hw[3]| |p.exp_evt[3]|))
                     (= p.fixed_ctr_ctrl_hw p.exp_fcc)
                     a!6
                     (=> p.just_loaded a!7)
                     (=> (= #b10 p.ctx) (= #b00 p.pending))
                     a!8))))
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
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (= p.just_loaded false)
       (= #x0000000000000000 |p.exp_evt[0]|)
       (= #x0000000000000000 |p.exp_evt[1]|)
       (= #x0000000000000000 |p.exp_evt[2]|)
       (= #x0000000000000000 |p.exp_evt[3]|)
       (= #x0000000000000000 p.exp_fcc)
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
      (a!8 (=> p.just_loaded
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.exp_evt[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.exp_evt[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.exp_evt[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.exp_evt[3]|))
                    (= p.hw_fixed_ctr_ctrl p.exp_fcc))))
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
      (a!26 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!27 (and (= #x0000038d
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (bvugt p.pmu_version #x01)))
      (a!28 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c5)))
      (a!29 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c5)))
      (a!31 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000018a)))
      (a!34 (bvult (bvsub (ite (= #b00 p.pending)
                               inp.kvm_emulate_pmu_access.msr
                               p.pending_index)
                          #x00000309)
                   ((_ zero_extend 24) p.nr_fixed)))
      (a!36 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 11) p.pending_index))
                    #b000000000000000000000)))
      (a!39 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 9) p.pending_index))
                    #b00000000000000000000000)))
      (a!46 (or (= (ite (= p.pending #b00)
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
      (a!57 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp) |p.hw_eventsel[0]| |p.exp_evt[0]|)
                 |p.exp_evt[0]|))
      (a!78 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x01 p.nr_gp) |p.hw_eventsel[1]| |p.exp_evt[1]|)
                 |p.exp_evt[1]|))
      (a!99 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x02 p.nr_gp) |p.hw_eventsel[2]| |p.exp_evt[2]|)
                 |p.exp_evt[2]|))
      (a!120 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) |p.hw_eventsel[3]| |p.exp_evt[3]|)
                  |p.exp_evt[3]|))
      (a!131 (bvor (bvnot p.fixed_ctr_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!139 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_fixed_ctr_ctrl
                  p.exp_fcc))
      (a!146 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!149 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x00 p.nr_gp)))
      (a!150 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x01 p.nr_gp)))
      (a!151 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x02 p.nr_gp)))
      (a!152 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x03 p.nr_gp)))
      (a!157 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x00 p.nr_fixed)))
      (a!158 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x01 p.nr_fixed)))
      (a!159 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x02 p.nr_fixed)))
      (a!160 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvult #x03 p.nr_fixed)))
      (a!181 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.eventsel_hw[0]|
                       |p.hw_eventsel[0]|)
                  |p.hw_eventsel[0]|))
      (a!182 (ite (bvult #x00 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[0]|))
                       #x0000000000000000
                       |p.hw_eventsel[0]|)
                  |p.hw_eventsel[0]|))
      (a!186 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.eventsel_hw[1]|
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!187 (ite (bvult #x01 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[1]|))
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!191 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.eventsel_hw[2]|
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!192 (ite (bvult #x02 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[2]|))
                       #x0000000000000000
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!196 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.eventsel_hw[3]|
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!197 (ite (bvult #x03 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[3]|))
                       #x0000000000000000
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!201 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.fixed_ctr_ctrl_hw
                  p.hw_fixed_ctr_ctrl))
      (a!202 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not (= #x0000000000000000 p.fixed_ctr_ctrl_hw))
                       #x0000000000000000
                       p.hw_fixed_ctr_ctrl)
                  p.hw_fixed_ctr_ctrl))
      (a!204 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  true
                  p.just_loaded)))
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
      (a!19 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!16) #x0000000000000000) p.cpuid_pdcm a!17)
                 (or (not p.has_run) a!18)))
      (a!30 (and a!29
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!32 (ite a!31
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)))
      (a!35 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000309)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000030d)
                 a!34))
      (a!37 (or a!36
                (bvule #b10011000001
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!38 (or a!36
                (bvule #b10011000101
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!40 (or a!39
                (bvule #b110000110
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!41 (or a!39
                (bvule #b110001010
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!47 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000)) (not a!46)))
      (a!147 (or a!146
                 (not (= p.nr_gp cfg.host_nr_gp))
                 (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!153 (and a!149
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!154 (and a!150
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!155 (and a!151
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!156 (and a!152
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!183 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!182
                  |p.hw_eventsel[0]|))
      (a!188 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!187
                  |p.hw_eventsel[1]|))
      (a!193 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!192
                  |p.hw_eventsel[2]|))
      (a!198 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!197
                  |p.hw_eventsel[3]|))
      (a!203 (ite (= #x1 actp)
                  a!201
                  (ite (= #x4 actp)
                       a!202
                       (ite (= #x5 actp)
                            hvp.host_perf_activity.18
                            p.hw_fixed_ctr_ctrl))))
      (a!205 (ite (= #x1 actp)
                  a!204
                  (ite (= #x2 actp)
                       false
                       (ite (= #x4 actp) false p.just_loaded)))))
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
      (a!21 (ite (and (not p.has_run) a!19)
                 a!20
                 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!25 (ite a!14
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      |p.eventsel_hw[0]|)
                 |p.eventsel_hw[0]|))
      (a!33 (ite a!29
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 a!32))
      (a!42 (ite (and a!40 (not a!41))
                 (bvadd #xfffffe7a
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 (bvadd #xffffff3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))))
      (a!56 (ite a!14
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      |p.exp_evt[0]|)
                 |p.exp_evt[0]|))
      (a!68 (ite a!14
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      |p.eventsel_hw[1]|)
                 |p.eventsel_hw[1]|))
      (a!77 (ite a!14
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      |p.exp_evt[1]|)
                 |p.exp_evt[1]|))
      (a!89 (ite a!14
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      |p.eventsel_hw[2]|)
                 |p.eventsel_hw[2]|))
      (a!98 (ite a!14
                 (ite (and (not p.has_run) a!19)
                      #x0000000000000000
                      |p.exp_evt[2]|)
                 |p.exp_evt[2]|))
      (a!110 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       #x0000000000000000
                       |p.eventsel_hw[3]|)
                  |p.eventsel_hw[3]|))
      (a!119 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       #x0000000000000000
                       |p.exp_evt[3]|)
                  |p.exp_evt[3]|))
      (a!130 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       #x0000000000000000
                       p.fixed_ctr_ctrl_hw)
                  p.fixed_ctr_ctrl_hw))
      (a!132 (ite (and (= (bvnot a!131) #x0000000000000000) a!47)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.fixed_ctr_ctrl_hw))
      (a!138 (ite a!14
                  (ite (and (not p.has_run) a!19) #x0000000000000000 p.exp_fcc)
                  p.exp_fcc))
      (a!140 (ite (and (= (bvnot a!131) #x0000000000000000) a!47)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.exp_fcc))
      (a!148 (or cfg.enable_vmware_backdoor
                 a!147
                 (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                 (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!161 (ite (= #x00000390 inp.guest_rdmsr.msr)
                  (or a!147 (not (bvugt p.pmu_version #x01)))
                  true))
      (a!168 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  (or a!147 (not (bvugt p.pmu_version #x01)))
                  true))
      (a!178 (ite (and (not p.has_run) a!19)
                  (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_version
                       (ite p.has_run
                            p.cpuid_version
                            inp.kvm_set_config.version))
                  (ite (and (not p.has_run) a!19) #x00 p.pmu_version)))
      (a!184 (ite (= #x4 actp)
                  a!183
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_gp)
                            hvp.host_perf_activity.7
                            |p.hw_eventsel[0]|)
                       |p.hw_eventsel[0]|)))
      (a!189 (ite (= #x4 actp)
                  a!188
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_gp)
                            hvp.host_perf_activity.9
                            |p.hw_eventsel[1]|)
                       |p.hw_eventsel[1]|)))
      (a!194 (ite (= #x4 actp)
                  a!193
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_gp)
                            hvp.host_perf_activity.11
                            |p.hw_eventsel[2]|)
                       |p.hw_eventsel[2]|)))
      (a!199 (ite (= #x4 actp)
                  a!198
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_gp)
                            hvp.host_perf_activity.13
                            |p.hw_eventsel[3]|)
                       |p.hw_eventsel[3]|))))
(let ((a!22 (ite a!15 a!21 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!43 (ite (and a!37 (not a!38))
                 (bvadd #xfffffb3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 a!42))
      (a!133 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  (ite a!27 a!132 p.fixed_ctr_ctrl_hw)))
      (a!141 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.exp_fcc
                  (ite a!27 a!140 p.exp_fcc)))
      (a!162 (ite (= #x0000038f inp.guest_rdmsr.msr)
                  (or a!147 (not (bvugt p.pmu_version #x01)))
                  a!161))
      (a!169 (ite (= #x0000038f inp.guest_wrmsr.msr)
                  (or a!147 (not (bvugt p.pmu_version #x01)))
                  a!168))
      (a!179 (ite cfg.vm_enable_pmu
                  a!178
                  (ite (and (not p.has_run) a!19) #x00 p.pmu_version))))
(let ((a!23 (ite cfg.vm_enable_pmu
                 a!22
                 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!44 (ite (and (= a!43 #x00000002) p.raw_event_mask_txcp)
                 (concat (concat ((_ extract 63 34) p.reserved_bits) (bvnot ((_ extract
                            33
                            33)
                          p.reserved_bits))) ((_ extract 32 0) p.reserved_bits))
                 p.reserved_bits))
      (a!134 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!133))
      (a!142 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.exp_fcc
                  a!141))
      (a!163 (ite (= #x0000038e inp.guest_rdmsr.msr)
                  (or a!147 (not (bvugt p.pmu_version #x01)))
                  a!162))
      (a!170 (ite (= #x0000038e inp.guest_wrmsr.msr)
                  (or a!147 (not (bvugt p.pmu_version #x01)))
                  a!169))
      (a!180 (not (= #x00
                     (ite (= #x0 actp)
                          (ite a!14 a!179 p.pmu_version)
                          p.pmu_version)))))
(let ((a!24 (bvult #x00 (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp)))
      (a!45 (bvor (bvnot (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data))
                  (bvnot a!44)))
      (a!67 (bvult #x01 (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp)))
      (a!88 (bvult #x02 (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp)))
      (a!109 (bvult #x03 (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp)))
      (a!135 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!134))
      (a!143 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.exp_fcc
                  a!142))
      (a!164 (ite (= #x0000030a inp.guest_rdmsr.msr)
                  (not a!158)
                  (ite (= #x0000030b inp.guest_rdmsr.msr)
                       (not a!159)
                       (ite (= #x0000030c inp.guest_rdmsr.msr)
                            (not a!160)
                            a!163))))
      (a!171 (ite (= #x0000030a inp.guest_wrmsr.msr)
                  (not a!158)
                  (ite (= #x0000030b inp.guest_wrmsr.msr)
                       (not a!159)
                       (ite (= #x0000030c inp.guest_wrmsr.msr)
                            (not a!160)
                            a!170)))))
(let ((a!48 (ite (and (= (bvnot a!45) #x0000000000000000)
                      a!47
                      (= a!43 #x00000000))
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 |p.eventsel_hw[0]|))
      (a!58 (ite (and (= (bvnot a!45) #x0000000000000000)
                      a!47
                      (= a!43 #x00000000))
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 |p.exp_evt[0]|))
      (a!69 (ite (and (= (bvnot a!45) #x0000000000000000)
                      a!47
                      (= a!43 #x00000001))
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 |p.eventsel_hw[1]|))
      (a!79 (ite (and (= (bvnot a!45) #x0000000000000000)
                      a!47
                      (= a!43 #x00000001))
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 |p.exp_evt[1]|))
      (a!90 (ite (and (= (bvnot a!45) #x0000000000000000)
                      a!47
                      (= a!43 #x00000002))
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 |p.eventsel_hw[2]|))
      (a!100 (ite (and (= (bvnot a!45) #x0000000000000000)
                       a!47
                       (= a!43 #x00000002))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.exp_evt[2]|))
      (a!111 (ite (and (= (bvnot a!45) #x0000000000000000)
                       a!47
                       (= a!43 #x00000003))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[3]|))
      (a!121 (ite (and (= (bvnot a!45) #x0000000000000000)
                       a!47
                       (= a!43 #x00000003))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.exp_evt[3]|))
      (a!136 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!135
                  p.fixed_ctr_ctrl_hw))
      (a!144 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!143
                  p.exp_fcc))
      (a!165 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                  (not a!155)
                  (ite (= #x000004c4 inp.guest_rdmsr.msr)
                       (not a!156)
                       (ite (= #x00000309 inp.guest_rdmsr.msr)
                            (not a!157)
                            a!164))))
      (a!172 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                  (not a!155)
                  (ite (= #x000004c4 inp.guest_wrmsr.msr)
                       (not a!156)
                       (ite (= #x00000309 inp.guest_wrmsr.msr)
                            (not a!157)
                            a!171)))))
(let ((a!49 (ite (and a!31 (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 a!48
                 |p.eventsel_hw[0]|))
      (a!59 (ite (and a!31 (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 a!58
                 |p.exp_evt[0]|))
      (a!70 (ite (and a!31 (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 a!69
                 |p.eventsel_hw[1]|))
      (a!80 (ite (and a!31 (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 a!79
                 |p.exp_evt[1]|))
      (a!91 (ite (and a!31 (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 a!90
                 |p.eventsel_hw[2]|))
      (a!101 (ite (and a!31 (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                  a!100
                  |p.exp_evt[2]|))
      (a!112 (ite (and a!31 (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                  a!111
                  |p.eventsel_hw[3]|))
      (a!122 (ite (and a!31 (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                  a!121
                  |p.exp_evt[3]|))
      (a!137 (ite (= #x0 actp)
                  a!130
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.fixed_ctr_ctrl_hw
                            (ite a!26 p.fixed_ctr_ctrl_hw a!136))
                       p.fixed_ctr_ctrl_hw)))
      (a!145 (ite (= #x4 actp)
                  a!139
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.exp_fcc
                            (ite a!26 p.exp_fcc a!144))
                       p.exp_fcc)))
      (a!166 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                  (not a!152)
                  (ite (= #x000004c1 inp.guest_rdmsr.msr)
                       (not a!153)
                       (ite (= #x000004c2 inp.guest_rdmsr.msr)
                            (not a!154)
                            a!165))))
      (a!173 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                  (not a!152)
                  (ite (= #x000004c1 inp.guest_wrmsr.msr)
                       (not a!153)
                       (ite (= #x000004c2 inp.guest_wrmsr.msr)
                            (not a!154)
                            a!172)))))
(let ((a!50 (ite (and (or a!28 a!30) (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 |p.eventsel_hw[0]|
                 (ite a!35 |p.eventsel_hw[0]| a!49)))
      (a!60 (ite (and (or a!28 a!30) (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 |p.exp_evt[0]|
                 (ite a!35 |p.exp_evt[0]| a!59)))
      (a!71 (ite (and (or a!28 a!30) (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 |p.eventsel_hw[1]|
                 (ite a!35 |p.eventsel_hw[1]| a!70)))
      (a!81 (ite (and (or a!28 a!30) (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 |p.exp_evt[1]|
                 (ite a!35 |p.exp_evt[1]| a!80)))
      (a!92 (ite (and (or a!28 a!30) (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                 |p.eventsel_hw[2]|
                 (ite a!35 |p.eventsel_hw[2]| a!91)))
      (a!102 (ite (and (or a!28 a!30) (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                  |p.exp_evt[2]|
                  (ite a!35 |p.exp_evt[2]| a!101)))
      (a!113 (ite (and (or a!28 a!30) (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[3]|
                  (ite a!35 |p.eventsel_hw[3]| a!112)))
      (a!123 (ite (and (or a!28 a!30) (bvult a!33 ((_ zero_extend 24) p.nr_gp)))
                  |p.exp_evt[3]|
                  (ite a!35 |p.exp_evt[3]| a!122)))
      (a!167 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                  (not a!149)
                  (ite (= #x000000c2 inp.guest_rdmsr.msr)
                       (not a!150)
                       (ite (= #x000000c3 inp.guest_rdmsr.msr)
                            (not a!151)
                            a!166))))
      (a!174 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                  (not a!149)
                  (ite (= #x000000c2 inp.guest_wrmsr.msr)
                       (not a!150)
                       (ite (= #x000000c3 inp.guest_wrmsr.msr)
                            (not a!151)
                            a!173)))))
(let ((a!51 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 (ite a!27 |p.eventsel_hw[0]| a!50)))
      (a!61 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_evt[0]|
                 (ite a!27 |p.exp_evt[0]| a!60)))
      (a!72 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[1]|
                 (ite a!27 |p.eventsel_hw[1]| a!71)))
      (a!82 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_evt[1]|
                 (ite a!27 |p.exp_evt[1]| a!81)))
      (a!93 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[2]|
                 (ite a!27 |p.eventsel_hw[2]| a!92)))
      (a!103 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_evt[2]|
                  (ite a!27 |p.exp_evt[2]| a!102)))
      (a!114 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  (ite a!27 |p.eventsel_hw[3]| a!113)))
      (a!124 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_evt[3]|
                  (ite a!27 |p.exp_evt[3]| a!123)))
      (a!175 (ite (= #x7 actp)
                  (ite a!148 #b01 p.ctx)
                  (ite (= #x8 actp)
                       (ite a!167 #b01 p.ctx)
                       (ite (= #x9 actp) (ite a!174 #b01 p.ctx) p.ctx))))
      (a!207 (ite (= #x8 actp)
                  (ite a!167 #b10 p.pending)
                  (ite (= #x9 actp)
                       (ite a!174 #b11 p.pending)
                       (ite (= #xa actp) #b00 p.pending)))))
(let ((a!52 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 a!51))
      (a!62 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_evt[0]|
                 a!61))
      (a!73 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[1]|
                 a!72))
      (a!83 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_evt[1]|
                 a!82))
      (a!94 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[2]|
                 a!93))
      (a!104 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_evt[2]|
                  a!103))
      (a!115 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!114))
      (a!125 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_evt[3]|
                  a!124))
      (a!176 (ite (= #x2 actp)
                  #b10
                  (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!175)))))
(let ((a!53 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[0]|
                 a!52))
      (a!63 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_evt[0]|
                 a!62))
      (a!74 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[1]|
                 a!73))
      (a!84 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.exp_evt[1]|
                 a!83))
      (a!95 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 |p.eventsel_hw[2]|
                 a!94))
      (a!105 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_evt[2]|
                  a!104))
      (a!116 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!115))
      (a!126 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.exp_evt[3]|
                  a!125))
      (a!177 (not (= #b00 (ite (= #x1 actp) #b01 a!176))))
      (a!206 (and (= #b01 (ite (= #x1 actp) #b01 a!176))
                  (and cfg.enable_mediated_pmu a!180)))
      (a!208 (=> (= #b10 (ite (= #x1 actp) #b01 a!176))
                 (= #b00 (ite (= #x7 actp) (ite a!148 #b01 p.pending) a!207)))))
(let ((a!54 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!53
                 |p.eventsel_hw[0]|))
      (a!64 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!63
                 |p.exp_evt[0]|))
      (a!75 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!74
                 |p.eventsel_hw[1]|))
      (a!85 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!84
                 |p.exp_evt[1]|))
      (a!96 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!95
                 |p.eventsel_hw[2]|))
      (a!106 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!105
                  |p.exp_evt[2]|))
      (a!117 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!116
                  |p.eventsel_hw[3]|))
      (a!127 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!126
                  |p.exp_evt[3]|)))
(let ((a!55 (ite (= #x0 actp)
                 a!25
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.eventsel_hw[0]|
                           (ite a!26 |p.eventsel_hw[0]| a!54))
                      |p.eventsel_hw[0]|)))
      (a!65 (ite (= #x4 actp)
                 a!57
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.exp_evt[0]|
                           (ite a!26 |p.exp_evt[0]| a!64))
                      |p.exp_evt[0]|)))
      (a!76 (ite (= #x0 actp)
                 a!68
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.eventsel_hw[1]|
                           (ite a!26 |p.eventsel_hw[1]| a!75))
                      |p.eventsel_hw[1]|)))
      (a!86 (ite (= #x4 actp)
                 a!78
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.exp_evt[1]|
                           (ite a!26 |p.exp_evt[1]| a!85))
                      |p.exp_evt[1]|)))
      (a!97 (ite (= #x0 actp)
                 a!89
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           |p.eventsel_hw[2]|
                           (ite a!26 |p.eventsel_hw[2]| a!96))
                      |p.eventsel_hw[2]|)))
      (a!107 (ite (= #x4 actp)
                  a!99
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.exp_evt[2]|
                            (ite a!26 |p.exp_evt[2]| a!106))
                       |p.exp_evt[2]|)))
      (a!118 (ite (= #x0 actp)
                  a!110
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[3]|
                            (ite a!26 |p.eventsel_hw[3]| a!117))
                       |p.eventsel_hw[3]|)))
      (a!128 (ite (= #x4 actp)
                  a!120
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.exp_evt[3]|
                            (ite a!26 |p.exp_evt[3]| a!127))
                       |p.exp_evt[3]|))))
(let ((a!66 (=> a!24 (= a!55 (ite (= #x0 actp) a!56 a!65))))
      (a!87 (=> a!67 (= a!76 (ite (= #x0 actp) a!77 a!86))))
      (a!108 (=> a!88 (= a!97 (ite (= #x0 actp) a!98 a!107))))
      (a!129 (=> a!109 (= a!118 (ite (= #x0 actp) a!119 a!128))))
      (a!185 (=> a!24 (= (ite (= #x1 actp) a!181 a!184) a!55)))
      (a!190 (=> a!67 (= (ite (= #x1 actp) a!186 a!189) a!76)))
      (a!195 (=> a!88 (= (ite (= #x1 actp) a!191 a!194) a!97)))
      (a!200 (=> a!109 (= (ite (= #x1 actp) a!196 a!199) a!118)))
      (a!209 (=> a!24
                 (= (ite (= #x1 actp) a!181 a!184) (ite (= #x0 actp) a!56 a!65))))
      (a!210 (=> a!67
                 (= (ite (= #x1 actp) a!186 a!189) (ite (= #x0 actp) a!77 a!86))))
      (a!211 (=> a!88
                 (= (ite (= #x1 actp) a!191 a!194)
                    (ite (= #x0 actp) a!98 a!107))))
      (a!212 (=> a!109
                 (= (ite (= #x1 actp) a!196 a!199)
                    (ite (= #x0 actp) a!119 a!128)))))
(let ((a!213 (and a!209
                  a!210
                  a!211
                  a!212
                  (= a!203 (ite (= #x0 actp) a!138 a!145)))))
(let ((a!214 (and a!66
                  a!87
                  a!108
                  a!129
                  (= a!137 (ite (= #x0 actp) a!138 a!145))
                  (=> (and a!177 (and cfg.enable_mediated_pmu a!180))
                      (and a!185 a!190 a!195 a!200 (= a!203 a!137)))
                  (=> a!205 a!206)
                  a!208
                  (=> a!205 a!213))))
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
       (=> (bvult #x00 p.nr_gp) (= |p.eventsel_hw[0]| |p.exp_evt[0]|))
       (=> (bvult #x01 p.nr_gp) (= |p.eventsel_hw[1]| |p.exp_evt[1]|))
       (=> (bvult #x02 p.nr_gp) (= |p.eventsel_hw[2]| |p.exp_evt[2]|))
       (=> (bvult #x03 p.nr_gp) (= |p.eventsel_hw[3]| |p.exp_evt[3]|))
       (= p.fixed_ctr_ctrl_hw p.exp_fcc)
       a!6
       (=> p.just_loaded a!7)
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       a!8
       a!13
       (bvult actp #xb)
       (not a!214))))))))))))))))))))
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
      (a!8 (=> p.just_loaded
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.exp_evt[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.exp_evt[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.exp_evt[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.exp_evt[3]|))
                    (= p.hw_fixed_ctr_ctrl p.exp_fcc)))))
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
       (=> (bvult #x00 p.nr_gp) (= |p.eventsel_hw[0]| |p.exp_evt[0]|))
       (=> (bvult #x01 p.nr_gp) (= |p.eventsel_hw[1]| |p.exp_evt[1]|))
       (=> (bvult #x02 p.nr_gp) (= |p.eventsel_hw[2]| |p.exp_evt[2]|))
       (=> (bvult #x03 p.nr_gp) (= |p.eventsel_hw[3]| |p.exp_evt[3]|))
       (= p.fixed_ctr_ctrl_hw p.exp_fcc)
       a!6
       (=> p.just_loaded a!7)
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       a!8
       (not a!8)))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| p.hw_fixed_ctr_ctrl |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| p.fixed_ctr_ctrl_hw p.ctx p.pending p.pending_index p.pending_data p.just_loaded |p.exp_evt[0]| |p.exp_evt[1]| |p.exp_evt[2]| |p.exp_evt[3]| p.exp_fcc
; invariant: (let ((a!1 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!4 (=> p.just_loaded (and (=> (bvult #x00 p.nr_gp) (= |p.hw_eventsel[0]| |p.exp_evt[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_eventsel[1]| |p.exp_evt[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_eventsel[2]| |p.exp_evt[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_eventsel[3]| |p.exp_evt[3]|)) (= p.hw_fixed_ctr_ctrl p.exp_fcc))))) (let ((a!2 (=> a!1 (and (=> (bvult #x00 p.nr_gp) (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|)) (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))) (and (=> (bvult #x00 p.nr_gp) (= |p.eventsel_hw[0]| |p.exp_evt[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.eventsel_hw[1]| |p.exp_evt[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.eventsel_hw[2]| |p.exp_evt[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.eventsel_hw[3]| |p.exp_evt[3]|)) (= p.fixed_ctr_ctrl_hw p.exp_fcc) a!2 (=> p.just_loaded a!3) (=> (= #b10 p.ctx) (= #b00 p.pending)) a!4)))
; trigger: reached at depth 2
