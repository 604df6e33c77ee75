; vpmu-formal-certificate-1
; spec: perf_metrics_v4
; property: p4_put_clears_metrics
; key: 154d88978a3d370068e021d8268ae16749d16d7f2886eb7487bb65e61e5cb569
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.hw_perf_metrics () (_ BitVec 64))
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun p.cpuid_pdcm () Bool)
(declare-fun p.after_put () Bool)
(declare-fun p.pmu_perf_metrics () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.just_loaded () Bool)
(declare-fun p.exp_pm () (_ BitVec 64))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
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
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun cfg.host_perf_cap_legacy () (_ BitVec 64))
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun p.cpuid_tsx () Bool)
(declare-fun p.cpuid_fixed_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_fixed () (_ BitVec 8))
(declare-fun p.cpuid_gp_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_gp () (_ BitVec 8))
(declare-fun p.cpuid_version () (_ BitVec 8))
(declare-fun p.has_run () Bool)
(declare-fun cfg.vm_enable_pmu () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_count.delta () (_ BitVec 64))
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.21 () (_ BitVec 64))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_perf_metrics (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.after_put Bool) (p.just_loaded Bool) (p.pmu_perf_metrics (_ BitVec 64)) (p.exp_pm (_ BitVec 64))) Bool
  (let ((a!1 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!2 (=> (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               (= p.hw_perf_metrics p.pmu_perf_metrics)))
      (a!4 (and p.after_put
                (= #b1
                   ((_ extract 15 15)
                     (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))))
(let ((a!3 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                a!2)))
  (and (=> p.after_put a!1)
       (= p.pmu_perf_metrics p.exp_pm)
       (=> p.just_loaded a!3)
       (=> a!4 (= #x0000000000000000 p.hw_perf_metrics))))))
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
      (a!7 (=> (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               (= p.hw_perf_metrics p.pmu_perf_metrics)))
      (a!9 (and p.after_put
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
      (a!8 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                a!7)))
(let ((a!10 (not (and (=> p.after_put a!6)
                      (= p.pmu_perf_metrics p.exp_pm)
                      (=> p.just_loaded a!8)
                      (=> a!9 (= #x0000000000000000 p.hw_perf_metrics))))))
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
       a!5
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
       (= p.just_loaded false)
       (= #x0000000000000000 p.pmu_perf_metrics)
       (= #x0000000000000000 p.exp_pm)
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
      (a!5 (and (= #b00 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!6 (=> (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               (= p.hw_perf_metrics p.pmu_perf_metrics)))
      (a!8 (and p.after_put
                (= #b1
                   ((_ extract 15 15)
                     (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
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
      (a!15 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       (ite cfg.host_perf_metrics
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!16 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!17 (not (or (not (= inp.kvm_set_config.tsx p.cpuid_tsx))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width)))))
      (a!20 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 true
                 p.after_put))
      (a!22 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!25 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!26 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!27 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!28 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!33 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!34 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!35 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!36 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!37 (not (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!59 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.hw_perf_metrics
                 p.pmu_perf_metrics))
      (a!61 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!62 (and (= #x00000329
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!67 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.hw_perf_metrics
                 p.exp_pm))
      (a!72 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 true
                 p.just_loaded))
      (a!76 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 p.pmu_perf_metrics
                 p.hw_perf_metrics))
      (a!78 (ite (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
                 #x0000000000000000
                 p.hw_perf_metrics))
      (a!80 (ite (and cfg.host_perf_metrics
                      (= #b1 ((_ extract 48 48) p.hw_global_ctrl)))
                 (bvadd p.hw_perf_metrics inp.guest_count.delta)
                 p.hw_perf_metrics))
      (a!81 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                      (bvult inp.guest_wrmsr.msr #x000004c5))
                 (bvsub inp.guest_wrmsr.msr #x000004c1)
                 (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                           (bvult inp.guest_wrmsr.msr #x0000018a))
                      (bvsub inp.guest_wrmsr.msr #x00000186)
                      (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!82 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 p.hw_perf_metrics
                 (ite (and (= #x00000329 inp.guest_wrmsr.msr)
                           cfg.host_perf_metrics)
                      inp.guest_wrmsr.data
                      p.hw_perf_metrics))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!7 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                a!6))
      (a!12 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!11)))
      (a!18 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!15) #x0000000000000000) p.cpuid_pdcm a!16)
                 (or (not p.has_run) a!17)))
      (a!21 (ite (= #x1 actp)
                 false
                 (ite (= #x4 actp) a!20 (ite (= #x5 actp) false p.after_put))))
      (a!23 (or a!22
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!29 (and a!25
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!30 (and a!26
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!31 (and a!27
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!32 (and a!28
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!60 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!59
                 p.pmu_perf_metrics))
      (a!63 (ite a!62
                 (ite (= p.pending #b00)
                      (ite (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.data
                           p.pending_data)
                      p.pmu_perf_metrics)
                 p.pmu_perf_metrics))
      (a!68 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!67
                 p.exp_pm))
      (a!69 (ite a!62
                 (ite (= p.pending #b00)
                      (ite (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.data
                           p.pending_data)
                      p.exp_pm)
                 p.exp_pm))
      (a!73 (ite (= #x1 actp)
                 a!72
                 (ite (= #x2 actp) false (ite (= #x4 actp) false p.just_loaded))))
      (a!74 (ite (and (= (bvnot a!15) #x0000000000000000) p.cpuid_pdcm a!16)
                 inp.kvm_set_config.data
                 p.perf_caps))
      (a!77 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!76
                 p.hw_perf_metrics))
      (a!79 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!78
                 p.hw_perf_metrics))
      (a!83 (ite (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                           (bvult inp.guest_wrmsr.msr #x0000030d))
                      (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                             ((_ zero_extend 24) cfg.host_nr_fixed)))
                 p.hw_perf_metrics
                 (ite (= #x0000038f inp.guest_wrmsr.msr) p.hw_perf_metrics a!82))))
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
      (a!19 (ite a!14
                 (ite (and (not p.has_run) a!18) false p.after_put)
                 p.after_put))
      (a!24 (ite (or cfg.enable_vmware_backdoor
                     a!23
                     (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                     (not (= p.fixed_counter_bitmask cfg.host_fixed_mask)))
                 #b01
                 p.ctx))
      (a!38 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!23 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inp.guest_rdmsr.msr) (or a!22 a!37) true)))
      (a!45 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!23 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inp.guest_wrmsr.msr) (or a!22 a!37) true)))
      (a!54 (ite (and (not p.has_run) a!18)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!18) #x00 p.pmu_version)))
      (a!58 (ite a!14
                 (ite (and (not p.has_run) a!18)
                      #x0000000000000000
                      p.pmu_perf_metrics)
                 p.pmu_perf_metrics))
      (a!64 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!63
                 p.pmu_perf_metrics))
      (a!66 (ite a!14
                 (ite (and (not p.has_run) a!18) #x0000000000000000 p.exp_pm)
                 p.exp_pm))
      (a!70 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!69
                 p.exp_pm))
      (a!75 (ite (ite (= #x0 actp)
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_pdcm
                           (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                      p.cpuid_pdcm)
                 (ite (= #x0 actp)
                      (ite inp.kvm_set_config.set_perf_caps a!74 p.perf_caps)
                      p.perf_caps)
                 #x0000000000000000))
      (a!84 (ite (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                           (bvult inp.guest_wrmsr.msr #x000004c5))
                      (bvult a!81 ((_ zero_extend 24) cfg.host_nr_gp)))
                 p.hw_perf_metrics
                 a!83)))
(let ((a!39 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!23 (not (bvugt p.pmu_version #x01)))
                 a!38))
      (a!46 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!23 (not (bvugt p.pmu_version #x01)))
                 a!45))
      (a!55 (ite cfg.vm_enable_pmu
                 a!54
                 (ite (and (not p.has_run) a!18) #x00 p.pmu_version)))
      (a!65 (ite (= #x4 actp)
                 a!60
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           p.pmu_perf_metrics
                           (ite a!61 p.pmu_perf_metrics a!64))
                      p.pmu_perf_metrics)))
      (a!71 (ite (= #x4 actp)
                 a!68
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending) p.exp_pm (ite a!61 p.exp_pm a!70))
                      p.exp_pm)))
      (a!85 (ite (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                           (bvult inp.guest_wrmsr.msr #x000000c5))
                      (bvult a!81 ((_ zero_extend 24) cfg.host_nr_gp)))
                 p.hw_perf_metrics
                 a!84)))
(let ((a!40 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!23 (not (bvugt p.pmu_version #x01)))
                 a!39))
      (a!47 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!23 (not (bvugt p.pmu_version #x01)))
                 a!46))
      (a!56 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!14 a!55 p.pmu_version)
                         p.pmu_version)))))
(let ((a!41 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!34)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!35)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!36) a!40))))
      (a!48 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!34)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!35)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!36) a!47)))))
(let ((a!42 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!31)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!32)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!33) a!41))))
      (a!49 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!31)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!32)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!33) a!48)))))
(let ((a!43 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!28)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!29)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!30) a!42))))
      (a!50 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!28)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!29)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!30) a!49)))))
(let ((a!44 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!25)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!26)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!27) a!43))))
      (a!51 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!25)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!26)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!27) a!50)))))
(let ((a!52 (ite (= #x7 actp)
                 a!24
                 (ite (= #x8 actp)
                      (ite a!44 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!51 #b01 p.ctx) p.ctx))))
      (a!86 (ite (= #x5 actp)
                 (ite cfg.host_perf_metrics
                      hvp.host_perf_activity.21
                      p.hw_perf_metrics)
                 (ite (= #x6 actp)
                      a!80
                      (ite (= #x9 actp)
                           (ite a!51 p.hw_perf_metrics a!85)
                           p.hw_perf_metrics)))))
(let ((a!53 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!52))))
      (a!87 (ite (= #x1 actp) a!77 (ite (= #x4 actp) a!79 a!86))))
(let ((a!57 (and (= #b00 (ite (= #x1 actp) #b01 a!53))
                 (and cfg.enable_mediated_pmu a!56)))
      (a!88 (=> (= #b1 ((_ extract 15 15) a!75))
                (= a!87 (ite (= #x0 actp) a!58 a!65))))
      (a!90 (=> (and (ite (= #x0 actp) a!19 a!21)
                     (= #b1 ((_ extract 15 15) a!75)))
                (= #x0000000000000000 a!87))))
(let ((a!89 (and (= #b01 (ite (= #x1 actp) #b01 a!53))
                 (and cfg.enable_mediated_pmu a!56)
                 a!88)))
(let ((a!91 (and (=> (ite (= #x0 actp) a!19 a!21) a!57)
                 (= (ite (= #x0 actp) a!58 a!65) (ite (= #x0 actp) a!66 a!71))
                 (=> a!73 a!89)
                 a!90)))
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
       (=> p.just_loaded a!7)
       (=> a!8 (= #x0000000000000000 p.hw_perf_metrics))
       a!13
       (bvult actp #xb)
       (not a!91)))))))))))))))))
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
      (a!6 (=> (= #b1
                  ((_ extract 15 15)
                    (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))
               (= p.hw_perf_metrics p.pmu_perf_metrics)))
      (a!8 (and p.after_put
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
      (a!7 (and (= #b01 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                a!6)))
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
       (=> p.just_loaded a!7)
       (=> a!8 (= #x0000000000000000 p.hw_perf_metrics))
       (not (=> a!8 (= #x0000000000000000 p.hw_perf_metrics)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_perf_metrics |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.ctx p.pending p.pending_index p.pending_data p.after_put p.just_loaded p.pmu_perf_metrics p.exp_pm
; invariant: (let ((a!1 (and (= #b00 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!2 (=> (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))) (= p.hw_perf_metrics p.pmu_perf_metrics))) (a!4 (and p.after_put (= #b1 ((_ extract 15 15) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))) (let ((a!3 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) a!2))) (and (=> p.after_put a!1) (= p.pmu_perf_metrics p.exp_pm) (=> p.just_loaded a!3) (=> a!4 (= #x0000000000000000 p.hw_perf_metrics)))))
; trigger: reached at depth 3
