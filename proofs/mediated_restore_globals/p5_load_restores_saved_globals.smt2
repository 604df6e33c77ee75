; vpmu-formal-certificate-1
; spec: mediated_restore_globals
; property: p5_load_restores_saved_globals
; key: a54487db036a39c2cee0770a1d246b310562437e9ceca7dca2ebfd66045302ed
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.exp_gctrl () (_ BitVec 64))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.exp_status () (_ BitVec 64))
(declare-fun p.hw_global_status () (_ BitVec 64))
(declare-fun p.just_loaded () Bool)
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.pmu_global_status () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun p.cpuid_pdcm () Bool)
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
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
(declare-fun p.cpuid_tsx () Bool)
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
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
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
(declare-fun inp.guest_count.ovf () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[3]| () (_ BitVec 64))
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.20 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_global_status (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_status (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.just_loaded Bool) (p.exp_status (_ BitVec 64)) (p.exp_gctrl (_ BitVec 64))) Bool
  (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x00 p.nr_gp)))
      (a!4 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x01 p.nr_gp)))
      (a!5 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x02 p.nr_gp)))
      (a!6 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x03 p.nr_gp)))
      (a!11 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!12 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!13 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!14 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!22 (and (= #b01 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (= p.hw_global_status p.pmu_global_status))))
(let ((a!2 (=> (or (not (= #b10 p.ctx)) a!1) (= p.pmu_global_ctrl p.exp_gctrl)))
      (a!7 (and a!3
                (= #b1
                   ((_ extract 13 13)
                     (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!8 (and a!4
                (= #b1
                   ((_ extract 13 13)
                     (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!9 (and a!5
                (= #b1
                   ((_ extract 13 13)
                     (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!10 (and a!6
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!15 (or a!1
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not (bvugt p.pmu_version #x01)))))
(let ((a!16 (ite (= #x0000038f #x0000038e)
                 a!15
                 (ite (= #x0000038f #x0000038f)
                      a!15
                      (ite (= #x0000038f #x00000390) a!15 true)))))
(let ((a!17 (ite (= #x0000038f #x0000030a)
                 (not a!12)
                 (ite (= #x0000038f #x0000030b)
                      (not a!13)
                      (ite (= #x0000038f #x0000030c) (not a!14) a!16)))))
(let ((a!18 (ite (= #x0000038f #x000004c3)
                 (not a!9)
                 (ite (= #x0000038f #x000004c4)
                      (not a!10)
                      (ite (= #x0000038f #x00000309) (not a!11) a!17)))))
(let ((a!19 (ite (= #x0000038f #x000000c4)
                 (not a!6)
                 (ite (= #x0000038f #x000004c1)
                      (not a!7)
                      (ite (= #x0000038f #x000004c2) (not a!8) a!18)))))
(let ((a!20 (ite (= #x0000038f #x000000c1)
                 (not a!3)
                 (ite (= #x0000038f #x000000c2)
                      (not a!4)
                      (ite (= #x0000038f #x000000c3) (not a!5) a!19)))))
(let ((a!21 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!20)))
  (and (= p.pmu_global_status p.exp_status)
       a!2
       (=> a!21 (= p.hw_global_ctrl p.pmu_global_ctrl))
       (=> p.just_loaded a!22)
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       (=> p.just_loaded
           (and (= p.hw_global_status p.exp_status)
                (= p.pmu_global_ctrl p.exp_gctrl)))))))))))))
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
                (bvult #x00 p.nr_gp)))
      (a!8 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x01 p.nr_gp)))
      (a!9 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x02 p.nr_gp)))
      (a!10 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!16 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!18 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!26 (and (= #b01 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (= p.hw_global_status p.pmu_global_status))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (=> (or (not (= #b10 p.ctx)) a!5) (= p.pmu_global_ctrl p.exp_gctrl)))
      (a!11 (and a!7
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!12 (and a!8
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!13 (and a!9
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!14 (and a!10
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (or a!5
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not (bvugt p.pmu_version #x01)))))
(let ((a!20 (ite (= #x0000038f #x0000038e)
                 a!19
                 (ite (= #x0000038f #x0000038f)
                      a!19
                      (ite (= #x0000038f #x00000390) a!19 true)))))
(let ((a!21 (ite (= #x0000038f #x0000030a)
                 (not a!16)
                 (ite (= #x0000038f #x0000030b)
                      (not a!17)
                      (ite (= #x0000038f #x0000030c) (not a!18) a!20)))))
(let ((a!22 (ite (= #x0000038f #x000004c3)
                 (not a!13)
                 (ite (= #x0000038f #x000004c4)
                      (not a!14)
                      (ite (= #x0000038f #x00000309) (not a!15) a!21)))))
(let ((a!23 (ite (= #x0000038f #x000000c4)
                 (not a!10)
                 (ite (= #x0000038f #x000004c1)
                      (not a!11)
                      (ite (= #x0000038f #x000004c2) (not a!12) a!22)))))
(let ((a!24 (ite (= #x0000038f #x000000c1)
                 (not a!7)
                 (ite (= #x0000038f #x000000c2)
                      (not a!8)
                      (ite (= #x0000038f #x000000c3) (not a!9) a!23)))))
(let ((a!25 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!24)))
(let ((a!27 (and (= p.pmu_global_status p.exp_status)
                 a!6
                 (=> a!25 (= p.hw_global_ctrl p.pmu_global_ctrl))
                 (=> p.just_loaded a!26)
                 (=> (= #b10 p.ctx) (= #b00 p.pending))
                 (=> p.just_loaded
                     (and (= p.hw_global_status p.exp_status)
                          (= p.pmu_global_ctrl p.exp_gctrl))))))
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
       (= p.just_loaded false)
       (= #x0000000000000000 p.exp_status)
       (= #x0000000000000000 p.exp_gctrl)
       (not a!27))))))))))))
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
      (a!7 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x00 p.nr_gp)))
      (a!8 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x01 p.nr_gp)))
      (a!9 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x02 p.nr_gp)))
      (a!10 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!16 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!18 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!28 (and (= #b01 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (= p.hw_global_status p.pmu_global_status)))
      (a!29 (and (= #x8 actp)
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
      (a!30 (and (= #x9 actp)
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
      (a!31 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!34 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!35 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!36 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!37 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx)))))
      (a!40 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.hw_global_status
                 p.pmu_global_status))
      (a!41 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!42 (bvor (bvnot p.global_status_rsvd)
                  (bvnot (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data))))
      (a!43 (or (= (ite (= p.pending #b00)
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
      (a!46 (bvand p.pmu_global_status
                   (bvnot (ite (= #b00 p.pending)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!54 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.hw_global_status
                 p.exp_status))
      (a!56 (bvand p.exp_status
                   (bvnot (ite (= #b00 p.pending)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!84 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!85 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!93 (bvor (bvnot p.global_ctrl_rsvd)
                  (bvnot (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data))))
      (a!103 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_ctrl
                  p.exp_gctrl))
      (a!123 (not (= #x01
                     (ite inp.kvm_set_config.set_perf_caps
                          p.cpuid_version
                          (ite p.has_run
                               p.cpuid_version
                               inp.kvm_set_config.version)))))
      (a!124 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!144 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!145 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!146 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvsub inp.guest_wrmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                            (bvult inp.guest_wrmsr.msr #x0000018a))
                       (bvsub inp.guest_wrmsr.msr #x00000186)
                       (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!149 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!150 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!155 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  true
                  p.just_loaded))
      (a!157 (not (= #x0000000000000000
                     (bvand p.pmu_global_status
                            (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!158 (not (= #x0000000000000000
                     (bvand p.hw_global_status
                            (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!159 (bvand p.hw_global_status
                    (bvnot (bvand p.hw_global_status
                                  (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!162 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvand p.hw_global_status (bvnot p.hw_global_status))
                  p.hw_global_status))
      (a!163 (and (bvult #x03 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 35 35) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 12 12) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 13 13) p.hw_fixed_ctr_ctrl)))))
      (a!164 (and (bvult #x02 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 34 34) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 8 8) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 9 9) p.hw_fixed_ctr_ctrl)))))
      (a!165 (and (bvult #x01 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 33 33) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 4 4) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 5 5) p.hw_fixed_ctr_ctrl)))))
      (a!166 (and (bvult #x00 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 32 32) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 0 0) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 1 1) p.hw_fixed_ctr_ctrl)))))
      (a!167 (ite (and (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                  (ite (= #b1 ((_ extract 0 0) inp.guest_count.ovf))
                       (concat ((_ extract 63 1) p.hw_global_status)
                               (ite true #b1 #b0))
                       p.hw_global_status)
                  p.hw_global_status))
      (a!180 (bvnot (bvor (bvnot inp.guest_wrmsr.data)
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
      (a!6 (=> (or (not (= #b10 p.ctx)) a!5) (= p.pmu_global_ctrl p.exp_gctrl)))
      (a!11 (and a!7
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!12 (and a!8
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!13 (and a!9
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!14 (and a!10
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (or a!5
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!32 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!31)))
      (a!38 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!35) #x0000000000000000) p.cpuid_pdcm a!36)
                 (or (not p.has_run) a!37)))
      (a!44 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000)) (not a!43)))
      (a!117 (ite (and (= (bvnot a!35) #x0000000000000000) p.cpuid_pdcm a!36)
                  inp.kvm_set_config.data
                  p.perf_caps))
      (a!147 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                       (bvult inp.guest_wrmsr.msr #x000000c5))
                  (bvult a!146 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!148 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvult a!146 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!156 (ite (= #x1 actp)
                  a!155
                  (ite (= #x2 actp)
                       false
                       (ite (= #x4 actp) false p.just_loaded))))
      (a!160 (ite a!157
                  (bvor (ite a!158 a!159 p.hw_global_status)
                        (bvand p.pmu_global_status
                               (bvxor p.pmu_global_status p.hw_global_status)))
                  (ite a!158 a!159 p.hw_global_status)))
      (a!168 (ite (= #b1 ((_ extract 1 1) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 2) a!167) (ite true #b1 #b0))
                          ((_ extract 0 0) a!167))
                  a!167))
      (a!181 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  (ite (= a!180 #x0000000000000000)
                       (bvand p.hw_global_status (bvnot inp.guest_wrmsr.data))
                       p.hw_global_status)
                  p.hw_global_status)))
(let ((a!20 (ite (= #x0000038f #x00000390)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!33 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!29
                a!30
                a!32))
      (a!39 (ite a!34
                 (ite (and (not p.has_run) a!38)
                      #x0000000000000000
                      p.pmu_global_status)
                 p.pmu_global_status))
      (a!45 (ite (and (= (bvnot a!42) #x0000000000000000)
                      (= p.pending #b00)
                      a!44)
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 p.pmu_global_status))
      (a!47 (ite (and (= (bvnot a!42) #x0000000000000000) a!44)
                 a!46
                 p.pmu_global_status))
      (a!53 (ite a!34
                 (ite (and (not p.has_run) a!38)
                      #x0000000000000000
                      p.exp_status)
                 p.exp_status))
      (a!55 (ite (and (= (bvnot a!42) #x0000000000000000)
                      (= p.pending #b00)
                      a!44)
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 p.exp_status))
      (a!57 (ite (and (= (bvnot a!42) #x0000000000000000) a!44)
                 a!56
                 p.exp_status))
      (a!63 (or cfg.enable_vmware_backdoor
                a!19
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!64 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!71 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!81 (ite (and (not p.has_run) a!38)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!38) #x00 p.pmu_version)))
      (a!86 (ite (and (not p.has_run) a!38)
                 a!85
                 (ite (and (not p.has_run) a!38) #x00 p.nr_gp)))
      (a!94 (ite (and (= (bvnot a!93) #x0000000000000000) a!44)
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 p.pmu_global_ctrl))
      (a!104 (ite (and (= (bvnot a!93) #x0000000000000000) a!44)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.exp_gctrl))
      (a!118 (ite (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_pdcm
                            (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                       p.cpuid_pdcm)
                  (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps a!117 p.perf_caps)
                       p.perf_caps)
                  #x0000000000000000))
      (a!125 (ite (and (not p.has_run) a!38)
                  a!124
                  (ite (and (not p.has_run) a!38) #x00 p.nr_fixed)))
      (a!151 (ite a!148
                  p.hw_global_ctrl
                  (ite a!149
                       p.hw_global_ctrl
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!150 inp.guest_wrmsr.data p.hw_global_ctrl)
                            p.hw_global_ctrl))))
      (a!161 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!160
                  p.hw_global_status))
      (a!169 (ite (and (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                  a!168
                  a!167))
      (a!182 (ite a!148
                  p.hw_global_status
                  (ite a!149
                       p.hw_global_status
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_global_status
                            a!181)))))
(let ((a!21 (ite (= #x0000038f #x0000038f)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 a!20))
      (a!48 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (ite (not (= #b00 p.pending)) a!47 p.pmu_global_status)
                 p.pmu_global_status))
      (a!58 (ite (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (ite (not (= #b00 p.pending)) a!57 p.exp_status)
                 p.exp_status))
      (a!65 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 a!64))
      (a!72 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 a!71))
      (a!82 (ite cfg.vm_enable_pmu
                 a!81
                 (ite (and (not p.has_run) a!38) #x00 p.pmu_version)))
      (a!87 (ite a!84 a!86 (ite (and (not p.has_run) a!38) #x00 p.nr_gp)))
      (a!88 (or (bvugt a!81 #x01)
                (and cfg.enable_mediated_pmu (not (= #x00 a!81)))))
      (a!95 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 a!94
                 p.pmu_global_ctrl))
      (a!105 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!104
                  p.exp_gctrl))
      (a!126 (ite a!123 a!125 (ite (and (not p.has_run) a!38) #x00 p.nr_fixed)))
      (a!170 (ite (= #b1 ((_ extract 2 2) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 3) a!169) (ite true #b1 #b0))
                          ((_ extract 1 0) a!169))
                  a!169)))
(let ((a!22 (ite (= #x0000038f #x0000038e)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 a!21))
      (a!49 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 p.pmu_global_status
                 a!48))
      (a!59 (ite (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 p.exp_status
                 a!58))
      (a!66 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 a!65))
      (a!73 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!19 (not (bvugt p.pmu_version #x01)))
                 a!72))
      (a!83 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!34 a!82 p.pmu_version)
                         p.pmu_version))))
      (a!89 (ite (and (not p.has_run) a!38)
                 (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!87))
                        #x0000000000000001)
                 (ite (and (not p.has_run) a!38)
                      #x0000000000000000
                      p.pmu_global_ctrl)))
      (a!96 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 p.pmu_global_ctrl
                 a!95))
      (a!100 (ite (and (not p.has_run) a!38)
                  (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!87))
                         #x0000000000000001)
                  (ite (and (not p.has_run) a!38)
                       #x0000000000000000
                       p.exp_gctrl)))
      (a!106 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.exp_gctrl
                  a!105))
      (a!112 (ite cfg.vm_enable_pmu
                  a!87
                  (ite (and (not p.has_run) a!38) #x00 p.nr_gp)))
      (a!127 (ite a!84 a!126 (ite (and (not p.has_run) a!38) #x00 p.nr_fixed)))
      (a!135 (not (bvugt (ite (= #x0 actp)
                              (ite a!34 a!82 p.pmu_version)
                              p.pmu_version)
                         #x01)))
      (a!171 (ite (and (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[2]|)))
                  a!170
                  a!169)))
(let ((a!23 (ite (= #x0000038f #x0000030a)
                 (not a!16)
                 (ite (= #x0000038f #x0000030b)
                      (not a!17)
                      (ite (= #x0000038f #x0000030c) (not a!18) a!22))))
      (a!50 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 a!45
                 a!49))
      (a!60 (ite (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 a!55
                 a!59))
      (a!67 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!16)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!17)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!18) a!66))))
      (a!74 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!16)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!17)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!18) a!73))))
      (a!90 (ite (and (not (= #x00 a!87)) a!88)
                 a!89
                 (ite (and (not p.has_run) a!38)
                      #x0000000000000000
                      p.pmu_global_ctrl)))
      (a!97 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!96
                 p.pmu_global_ctrl))
      (a!101 (ite (and (not (= #x00 a!87)) a!88)
                  a!100
                  (ite (and (not p.has_run) a!38)
                       #x0000000000000000
                       p.exp_gctrl)))
      (a!107 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!106
                  p.exp_gctrl))
      (a!113 (and (and cfg.enable_mediated_pmu a!83)
                  (bvult #x00
                         (ite (= #x0 actp) (ite a!34 a!112 p.nr_gp) p.nr_gp))))
      (a!114 (and (and cfg.enable_mediated_pmu a!83)
                  (bvult #x01
                         (ite (= #x0 actp) (ite a!34 a!112 p.nr_gp) p.nr_gp))))
      (a!115 (and (and cfg.enable_mediated_pmu a!83)
                  (bvult #x02
                         (ite (= #x0 actp) (ite a!34 a!112 p.nr_gp) p.nr_gp))))
      (a!116 (and (and cfg.enable_mediated_pmu a!83)
                  (bvult #x03
                         (ite (= #x0 actp) (ite a!34 a!112 p.nr_gp) p.nr_gp))))
      (a!128 (ite cfg.vm_enable_pmu
                  a!127
                  (ite (and (not p.has_run) a!38) #x00 p.nr_fixed)))
      (a!133 (not (= (ite (= #x0 actp) (ite a!34 a!112 p.nr_gp) p.nr_gp)
                     cfg.host_nr_gp)))
      (a!172 (ite (= #b1 ((_ extract 3 3) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 4) a!171) (ite true #b1 #b0))
                          ((_ extract 2 0) a!171))
                  a!171)))
(let ((a!24 (ite (= #x0000038f #x000004c3)
                 (not a!13)
                 (ite (= #x0000038f #x000004c4)
                      (not a!14)
                      (ite (= #x0000038f #x00000309) (not a!15) a!23))))
      (a!51 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!50
                 p.pmu_global_status))
      (a!61 (ite (or (= #b11 p.pending)
                     (and (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.host_write))
                 a!60
                 p.exp_status))
      (a!68 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!13)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!14)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!15) a!67))))
      (a!75 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!13)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!14)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!15) a!74))))
      (a!91 (ite cfg.vm_enable_pmu
                 a!90
                 (ite (and (not p.has_run) a!38)
                      #x0000000000000000
                      p.pmu_global_ctrl)))
      (a!102 (ite cfg.vm_enable_pmu
                  a!101
                  (ite (and (not p.has_run) a!38)
                       #x0000000000000000
                       p.exp_gctrl)))
      (a!119 (not (and a!113 (= #b1 ((_ extract 13 13) a!118)))))
      (a!120 (not (and a!114 (= #b1 ((_ extract 13 13) a!118)))))
      (a!121 (not (and a!115 (= #b1 ((_ extract 13 13) a!118)))))
      (a!122 (not (and a!116 (= #b1 ((_ extract 13 13) a!118)))))
      (a!129 (and (and cfg.enable_mediated_pmu a!83)
                  (bvult #x00
                         (ite (= #x0 actp)
                              (ite a!34 a!128 p.nr_fixed)
                              p.nr_fixed))))
      (a!130 (and (and cfg.enable_mediated_pmu a!83)
                  (bvult #x01
                         (ite (= #x0 actp)
                              (ite a!34 a!128 p.nr_fixed)
                              p.nr_fixed))))
      (a!131 (and (and cfg.enable_mediated_pmu a!83)
                  (bvult #x02
                         (ite (= #x0 actp)
                              (ite a!34 a!128 p.nr_fixed)
                              p.nr_fixed))))
      (a!132 (and (and cfg.enable_mediated_pmu a!83)
                  (bvult #x03
                         (ite (= #x0 actp)
                              (ite a!34 a!128 p.nr_fixed)
                              p.nr_fixed))))
      (a!134 (not (= (ite (= #x0 actp) (ite a!34 a!128 p.nr_fixed) p.nr_fixed)
                     cfg.host_nr_fixed)))
      (a!173 (ite (and (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[3]|)))
                  a!172
                  a!171)))
(let ((a!25 (ite (= #x0000038f #x000000c4)
                 (not a!10)
                 (ite (= #x0000038f #x000004c1)
                      (not a!11)
                      (ite (= #x0000038f #x000004c2) (not a!12) a!24))))
      (a!52 (ite (= #x4 actp)
                 a!40
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           p.pmu_global_status
                           (ite a!41 p.pmu_global_status a!51))
                      p.pmu_global_status)))
      (a!62 (ite (= #x4 actp)
                 a!54
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           p.exp_status
                           (ite a!41 p.exp_status a!61))
                      p.exp_status)))
      (a!69 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!10)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!11)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!12) a!68))))
      (a!76 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!10)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!11)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!12) a!75))))
      (a!136 (ite (= #x0000038f #x00000390)
                  (or (not (and cfg.enable_mediated_pmu a!83))
                      a!133
                      a!134
                      a!135)
                  true))
      (a!174 (ite (= #b1 ((_ extract 32 32) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 33) a!173) (ite true #b1 #b0))
                          ((_ extract 31 0) a!173))
                  a!173)))
(let ((a!26 (ite (= #x0000038f #x000000c1)
                 (not a!7)
                 (ite (= #x0000038f #x000000c2)
                      (not a!8)
                      (ite (= #x0000038f #x000000c3) (not a!9) a!25))))
      (a!70 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!7)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!8)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!9) a!69))))
      (a!77 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!7)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!8)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!9) a!76))))
      (a!137 (ite (= #x0000038f #x0000038f)
                  (or (not (and cfg.enable_mediated_pmu a!83))
                      a!133
                      a!134
                      a!135)
                  a!136))
      (a!175 (concat (concat ((_ extract 63 34) (ite a!166 a!174 a!173))
                             (ite true #b1 #b0))
                     ((_ extract 32 0) (ite a!166 a!174 a!173)))))
(let ((a!27 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!26))
      (a!78 (ite (= #x7 actp)
                 (ite a!63 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!70 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!77 #b01 p.ctx) p.ctx))))
      (a!92 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (not a!26) p.hw_global_ctrl p.pmu_global_ctrl)
                 p.pmu_global_ctrl))
      (a!108 (ite (= #x9 actp)
                  (ite a!77 a!103 p.exp_gctrl)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.exp_gctrl
                            (ite a!41 p.exp_gctrl a!107))
                       p.exp_gctrl)))
      (a!138 (ite (= #x0000038f #x0000038e)
                  (or (not (and cfg.enable_mediated_pmu a!83))
                      a!133
                      a!134
                      a!135)
                  a!137))
      (a!152 (ite (= #x8 actp)
                  (ite a!70 a!144 p.hw_global_ctrl)
                  (ite (= #x9 actp)
                       (ite a!77 a!144 (ite a!147 p.hw_global_ctrl a!151))
                       p.hw_global_ctrl)))
      (a!176 (ite a!165
                  (ite (= #b1 ((_ extract 33 33) inp.guest_count.ovf))
                       a!175
                       (ite a!166 a!174 a!173))
                  (ite a!166 a!174 a!173)))
      (a!186 (ite (= #x8 actp)
                  (ite a!70 #b10 p.pending)
                  (ite (= #x9 actp)
                       (ite a!77 #b11 p.pending)
                       (ite (= #xa actp) #b00 p.pending)))))
(let ((a!79 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!78))))
      (a!98 (ite (= #x9 actp)
                 (ite a!77 a!92 p.pmu_global_ctrl)
                 (ite (= #xa actp)
                      (ite (= #b01 p.pending)
                           p.pmu_global_ctrl
                           (ite a!41 p.pmu_global_ctrl a!97))
                      p.pmu_global_ctrl)))
      (a!109 (ite (= #x3 actp)
                  a!103
                  (ite (= #x7 actp)
                       (ite a!63 a!103 p.exp_gctrl)
                       (ite (= #x8 actp) (ite a!70 a!103 p.exp_gctrl) a!108))))
      (a!139 (ite (= #x0000038f #x0000030a)
                  (not a!130)
                  (ite (= #x0000038f #x0000030b)
                       (not a!131)
                       (ite (= #x0000038f #x0000030c) (not a!132) a!138))))
      (a!153 (ite (= #x3 actp)
                  a!144
                  (ite (= #x5 actp)
                       hvp.host_perf_activity.19
                       (ite (= #x7 actp)
                            (ite a!63 a!144 p.hw_global_ctrl)
                            a!152))))
      (a!177 (ite (= #b1 ((_ extract 34 34) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 35) a!176) (ite true #b1 #b0))
                          ((_ extract 33 0) a!176))
                  a!176)))
(let ((a!80 (not (= #b10 (ite (= #x1 actp) #b01 a!79))))
      (a!99 (ite (= #x3 actp)
                 a!92
                 (ite (= #x7 actp)
                      (ite a!63 a!92 p.pmu_global_ctrl)
                      (ite (= #x8 actp) (ite a!70 a!92 p.pmu_global_ctrl) a!98))))
      (a!140 (ite (= #x0000038f #x000004c3)
                  a!121
                  (ite (= #x0000038f #x000004c4)
                       a!122
                       (ite (= #x0000038f #x00000309) (not a!129) a!139))))
      (a!178 (concat (concat ((_ extract 63 36) (ite a!164 a!177 a!176))
                             (ite true #b1 #b0))
                     ((_ extract 34 0) (ite a!164 a!177 a!176))))
      (a!187 (=> (= #b10 (ite (= #x1 actp) #b01 a!79))
                 (= #b00 (ite (= #x7 actp) (ite a!63 #b01 p.pending) a!186)))))
(let ((a!110 (= (ite (= #x0 actp) (ite a!34 a!91 p.pmu_global_ctrl) a!99)
                (ite (= #x0 actp) (ite a!34 a!102 p.exp_gctrl) a!109)))
      (a!141 (ite (= #x0000038f #x000000c4)
                  (not a!116)
                  (ite (= #x0000038f #x000004c1)
                       a!119
                       (ite (= #x0000038f #x000004c2) a!120 a!140))))
      (a!154 (= (ite (= #x1 actp) a!144 (ite (= #x2 actp) a!145 a!153))
                (ite (= #x0 actp) (ite a!34 a!91 p.pmu_global_ctrl) a!99)))
      (a!179 (ite a!163
                  (ite (= #b1 ((_ extract 35 35) inp.guest_count.ovf))
                       a!178
                       (ite a!164 a!177 a!176))
                  (ite a!164 a!177 a!176))))
(let ((a!111 (=> (or a!80 (not (and cfg.enable_mediated_pmu a!83))) a!110))
      (a!142 (ite (= #x0000038f #x000000c1)
                  (not a!113)
                  (ite (= #x0000038f #x000000c2)
                       (not a!114)
                       (ite (= #x0000038f #x000000c3) (not a!115) a!141))))
      (a!183 (ite (= #x6 actp)
                  a!179
                  (ite (= #x9 actp)
                       (ite a!77
                            p.hw_global_status
                            (ite a!147 p.hw_global_status a!182))
                       p.hw_global_status))))
(let ((a!143 (and (= #b10 (ite (= #x1 actp) #b01 a!79))
                  (and cfg.enable_mediated_pmu a!83)
                  a!142))
      (a!184 (ite (= #x1 actp)
                  a!161
                  (ite (= #x4 actp)
                       a!162
                       (ite (= #x5 actp) hvp.host_perf_activity.20 a!183)))))
(let ((a!185 (and (= #b01 (ite (= #x1 actp) #b01 a!79))
                  (and cfg.enable_mediated_pmu a!83)
                  (= a!184 (ite (= #x0 actp) a!39 a!52))))
      (a!188 (and (= a!184 (ite (= #x0 actp) a!53 a!62)) a!110)))
(let ((a!189 (and (= (ite (= #x0 actp) a!39 a!52) (ite (= #x0 actp) a!53 a!62))
                  a!111
                  (=> a!143 a!154)
                  (=> a!156 a!185)
                  a!187
                  (=> a!156 a!188))))
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
       (= p.pmu_global_status p.exp_status)
       a!6
       (=> a!27 (= p.hw_global_ctrl p.pmu_global_ctrl))
       (=> p.just_loaded a!28)
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       (=> p.just_loaded
           (and (= p.hw_global_status p.exp_status)
                (= p.pmu_global_ctrl p.exp_gctrl)))
       a!33
       (bvult actp #xb)
       (not a!189))))))))))))))))))))
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
                (bvult #x00 p.nr_gp)))
      (a!8 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x01 p.nr_gp)))
      (a!9 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x02 p.nr_gp)))
      (a!10 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!16 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!18 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!26 (and (= #b01 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (= p.hw_global_status p.pmu_global_status)))
      (a!27 (not (=> p.just_loaded
                     (and (= p.hw_global_status p.exp_status)
                          (= p.pmu_global_ctrl p.exp_gctrl))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (=> (or (not (= #b10 p.ctx)) a!5) (= p.pmu_global_ctrl p.exp_gctrl)))
      (a!11 (and a!7
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!12 (and a!8
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!13 (and a!9
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!14 (and a!10
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (or a!5
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not (bvugt p.pmu_version #x01)))))
(let ((a!20 (ite (= #x0000038f #x0000038e)
                 a!19
                 (ite (= #x0000038f #x0000038f)
                      a!19
                      (ite (= #x0000038f #x00000390) a!19 true)))))
(let ((a!21 (ite (= #x0000038f #x0000030a)
                 (not a!16)
                 (ite (= #x0000038f #x0000030b)
                      (not a!17)
                      (ite (= #x0000038f #x0000030c) (not a!18) a!20)))))
(let ((a!22 (ite (= #x0000038f #x000004c3)
                 (not a!13)
                 (ite (= #x0000038f #x000004c4)
                      (not a!14)
                      (ite (= #x0000038f #x00000309) (not a!15) a!21)))))
(let ((a!23 (ite (= #x0000038f #x000000c4)
                 (not a!10)
                 (ite (= #x0000038f #x000004c1)
                      (not a!11)
                      (ite (= #x0000038f #x000004c2) (not a!12) a!22)))))
(let ((a!24 (ite (= #x0000038f #x000000c1)
                 (not a!7)
                 (ite (= #x0000038f #x000000c2)
                      (not a!8)
                      (ite (= #x0000038f #x000000c3) (not a!9) a!23)))))
(let ((a!25 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!24)))
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
       (= p.pmu_global_status p.exp_status)
       a!6
       (=> a!25 (= p.hw_global_ctrl p.pmu_global_ctrl))
       (=> p.just_loaded a!26)
       (=> (= #b10 p.ctx) (= #b00 p.pending))
       (=> p.just_loaded
           (and (= p.hw_global_status p.exp_status)
                (= p.pmu_global_ctrl p.exp_gctrl)))
       a!27))))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_status |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_status p.ctx p.pending p.pending_index p.pending_data p.just_loaded p.exp_status p.exp_gctrl
; invariant: (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x00 p.nr_gp))) (a!4 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x01 p.nr_gp))) (a!5 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x02 p.nr_gp))) (a!6 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x03 p.nr_gp))) (a!11 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x00 p.nr_fixed))) (a!12 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x01 p.nr_fixed))) (a!13 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x02 p.nr_fixed))) (a!14 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x03 p.nr_fixed))) (a!22 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (= p.hw_global_status p.pmu_global_status)))) (let ((a!2 (=> (or (not (= #b10 p.ctx)) a!1) (= p.pmu_global_ctrl p.exp_gctrl))) (a!7 (and a!3 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!8 (and a!4 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!9 (and a!5 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!10 (and a!6 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!15 (or a!1 (not (= p.nr_gp cfg.host_nr_gp)) (not (= p.nr_fixed cfg.host_nr_fixed)) (not (bvugt p.pmu_version #x01))))) (let ((a!16 (ite (= #x0000038f #x0000038e) a!15 (ite (= #x0000038f #x0000038f) a!15 (ite (= #x0000038f #x00000390) a!15 true))))) (let ((a!17 (ite (= #x0000038f #x0000030a) (not a!12) (ite (= #x0000038f #x0000030b) (not a!13) (ite (= #x0000038f #x0000030c) (not a!14) a!16))))) (let ((a!18 (ite (= #x0000038f #x000004c3) (not a!9) (ite (= #x0000038f #x000004c4) (not a!10) (ite (= #x0000038f #x00000309) (not a!11) a!17))))) (let ((a!19 (ite (= #x0000038f #x000000c4) (not a!6) (ite (= #x0000038f #x000004c1) (not a!7) (ite (= #x0000038f #x000004c2) (not a!8) a!18))))) (let ((a!20 (ite (= #x0000038f #x000000c1) (not a!3) (ite (= #x0000038f #x000000c2) (not a!4) (ite (= #x0000038f #x000000c3) (not a!5) a!19))))) (let ((a!21 (and (= #b10 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) a!20))) (and (= p.pmu_global_status p.exp_status) a!2 (=> a!21 (= p.hw_global_ctrl p.pmu_global_ctrl)) (=> p.just_loaded a!22) (=> (= #b10 p.ctx) (= #b00 p.pending)) (=> p.just_loaded (and (= p.hw_global_status p.exp_status) (= p.pmu_global_ctrl p.exp_gctrl))))))))))))
; trigger: reached at depth 2
