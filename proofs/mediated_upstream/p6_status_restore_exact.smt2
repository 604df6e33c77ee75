; vpmu-formal-certificate-1
; spec: mediated_upstream
; property: p6_status_restore_exact
; key: dee19046b2ca106c47b3173f85212206eff2b1fa37f4aa7277ed0cef9a37105f
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.p6_guest () (_ BitVec 64))
(declare-fun p.p6_result () (_ BitVec 64))
(declare-fun p.refresh_after_run () Bool)
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.pmu_global_status () (_ BitVec 64))
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
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.host_perf_cap_legacy () (_ BitVec 64))
(declare-fun cfg.enable_mediated_pmu () Bool)
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
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun actp () (_ BitVec 4))
(declare-fun p.hw_global_status () (_ BitVec 64))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_global_status (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_status (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.refresh_after_run Bool) (p.p6_guest (_ BitVec 64)) (p.p6_result (_ BitVec 64))) Bool
  (and (bvule p.nr_gp cfg.host_nr_gp)
     (bvule p.nr_fixed cfg.host_nr_fixed)
     (bvule p.nr_fixed #x03)
     (not p.refresh_after_run)
     (= p.p6_result p.p6_guest)))
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
                  #x0000000000000020)))
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
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 |p.eventsel_hw[2]|)
       (= #x0000000000000000 |p.eventsel_hw[3]|)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= #x0000000000000000 p.pmu_global_status)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (= p.refresh_after_run false)
       (= #x0000000000000000 p.p6_guest)
       (= #x0000000000000000 p.p6_result)
       (not (and (bvule p.nr_gp cfg.host_nr_gp)
                 (bvule p.nr_fixed cfg.host_nr_fixed)
                 (bvule p.nr_fixed #x03)
                 (not p.refresh_after_run)
                 (= p.p6_result p.p6_guest)))))))
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
      (a!27 (not (= #x0000000000000000
                    (bvand p.pmu_global_status
                           (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!28 (not (= #x0000000000000000
                    (bvand p.hw_global_status
                           (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!29 (bvand p.hw_global_status
                   (bvnot (bvand p.hw_global_status
                                 (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!32 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.pmu_global_status
                 p.p6_guest)))
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
      (a!30 (ite a!27
                 (bvor (ite a!28 a!29 p.hw_global_status)
                       (bvand p.pmu_global_status
                              (bvxor p.pmu_global_status p.hw_global_status)))
                 (ite a!28 a!29 p.hw_global_status))))
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
      (a!31 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!30
                 p.p6_result)))
(let ((a!18 (ite a!11 a!17 (ite (and (not p.has_run) a!15) #x00 p.nr_gp)))
      (a!23 (ite a!20 a!22 (ite (and (not p.has_run) a!15) #x00 p.nr_fixed))))
(let ((a!19 (ite cfg.vm_enable_pmu
                 a!18
                 (ite (and (not p.has_run) a!15) #x00 p.nr_gp)))
      (a!24 (ite a!11 a!23 (ite (and (not p.has_run) a!15) #x00 p.nr_fixed))))
(let ((a!25 (ite cfg.vm_enable_pmu
                 a!24
                 (ite (and (not p.has_run) a!15) #x00 p.nr_fixed))))
(let ((a!33 (and (bvule (ite (= #x0 actp) (ite a!10 a!19 p.nr_gp) p.nr_gp)
                        cfg.host_nr_gp)
                 (bvule (ite (= #x0 actp) (ite a!10 a!25 p.nr_fixed) p.nr_fixed)
                        cfg.host_nr_fixed)
                 (bvule (ite (= #x0 actp) (ite a!10 a!25 p.nr_fixed) p.nr_fixed)
                        #x03)
                 (not a!26)
                 (= (ite (= #x1 actp) a!31 p.p6_result)
                    (ite (= #x1 actp) a!32 p.p6_guest)))))
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
       (= p.p6_result p.p6_guest)
       a!9
       (bvult actp #xb)
       (not a!33))))))))))
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
                  #x0000000000000020)))
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
       (= p.p6_result p.p6_guest)
       (not (= p.p6_result p.p6_guest))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_status |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_status p.ctx p.pending p.pending_index p.pending_data p.refresh_after_run p.p6_guest p.p6_result
; invariant: (and (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x03) (not p.refresh_after_run) (= p.p6_result p.p6_guest))
