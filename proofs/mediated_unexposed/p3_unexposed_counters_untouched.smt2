; vpmu-formal-certificate-1
; spec: mediated_unexposed
; property: p3_unexposed_counters_untouched
; key: 844e97f2052b5bb2b874f7fee055ee2d6c10757609f75ed1ac68420db153f1ca
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun |p.hw_fixed_ctr[3]@guest| () Bool)
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun |p.hw_fixed_ctr[2]@guest| () Bool)
(declare-fun |p.hw_fixed_ctr[1]@guest| () Bool)
(declare-fun |p.hw_fixed_ctr[0]@guest| () Bool)
(declare-fun |p.hw_gp_ctr[3]@guest| () Bool)
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun |p.hw_gp_ctr[2]@guest| () Bool)
(declare-fun |p.hw_gp_ctr[1]@guest| () Bool)
(declare-fun |p.hw_gp_ctr[0]@guest| () Bool)
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.pending_index@guest () Bool)
(declare-fun p.pending@guest () Bool)
(declare-fun |p.pmu_fixed_counter[3]@guest| () Bool)
(declare-fun p.fixed_counter_bitmask@guest () Bool)
(declare-fun p.gp_counter_bitmask@guest () Bool)
(declare-fun p.cpuid_fixed_width@guest () Bool)
(declare-fun p.cpuid_gp_width@guest () Bool)
(declare-fun p.has_run () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.pending_data@guest () Bool)
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun |p.pmu_fixed_counter[2]@guest| () Bool)
(declare-fun |p.pmu_fixed_counter[1]@guest| () Bool)
(declare-fun |p.pmu_fixed_counter[0]@guest| () Bool)
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun |p.pmu_gp_counter[3]@guest| () Bool)
(declare-fun |p.pmu_gp_counter[2]@guest| () Bool)
(declare-fun |p.pmu_gp_counter[1]@guest| () Bool)
(declare-fun |p.pmu_gp_counter[0]@guest| () Bool)
(declare-fun p.global_status_rsvd () (_ BitVec 64))
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
(declare-fun cfg.vm_enable_pmu () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun actp () (_ BitVec 4))
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun |p.hw_eventsel[3]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_gp_width@guest Bool) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_fixed_width@guest Bool) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.gp_counter_bitmask@guest Bool) (p.fixed_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask@guest Bool) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_gp_ctr[0]@guest| Bool) (|p.hw_gp_ctr[1]@guest| Bool) (|p.hw_gp_ctr[2]@guest| Bool) (|p.hw_gp_ctr[3]@guest| Bool) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (|p.hw_fixed_ctr[0]@guest| Bool) (|p.hw_fixed_ctr[1]@guest| Bool) (|p.hw_fixed_ctr[2]@guest| Bool) (|p.hw_fixed_ctr[3]@guest| Bool) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (|p.pmu_gp_counter[0]@guest| Bool) (|p.pmu_gp_counter[1]@guest| Bool) (|p.pmu_gp_counter[2]@guest| Bool) (|p.pmu_gp_counter[3]@guest| Bool) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_fixed_counter[0]@guest| Bool) (|p.pmu_fixed_counter[1]@guest| Bool) (|p.pmu_fixed_counter[2]@guest| Bool) (|p.pmu_fixed_counter[3]@guest| Bool) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending@guest Bool) (p.pending_index (_ BitVec 32)) (p.pending_index@guest Bool) (p.pending_data (_ BitVec 64)) (p.pending_data@guest Bool)) Bool
  (let ((a!1 (=> (bvuge #x00 p.nr_gp)
               (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!2 (=> (bvuge #x01 p.nr_gp)
               (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!3 (=> (bvuge #x02 p.nr_gp)
               (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!4 (=> (bvuge #x03 p.nr_gp)
               (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!5 (=> (bvuge #x00 p.nr_fixed)
               (not (= #b1 ((_ extract 32 32) p.pmu_global_ctrl)))))
      (a!6 (=> (bvuge #x01 p.nr_fixed)
               (not (= #b1 ((_ extract 33 33) p.pmu_global_ctrl)))))
      (a!7 (=> (bvuge #x02 p.nr_fixed)
               (not (= #b1 ((_ extract 34 34) p.pmu_global_ctrl)))))
      (a!8 (=> (bvuge #x03 p.nr_fixed)
               (not (= #b1 ((_ extract 35 35) p.pmu_global_ctrl)))))
      (a!9 (and (= #b10 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!10 (=> (bvuge #x00 p.nr_gp)
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctrl)))))
      (a!11 (=> (bvuge #x01 p.nr_gp)
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctrl)))))
      (a!12 (=> (bvuge #x02 p.nr_gp)
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctrl)))))
      (a!13 (=> (bvuge #x03 p.nr_gp)
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctrl)))))
      (a!14 (=> (bvuge #x00 p.nr_fixed)
                (not (= #b1 ((_ extract 32 32) p.hw_global_ctrl)))))
      (a!15 (=> (bvuge #x01 p.nr_fixed)
                (not (= #b1 ((_ extract 33 33) p.hw_global_ctrl)))))
      (a!16 (=> (bvuge #x02 p.nr_fixed)
                (not (= #b1 ((_ extract 34 34) p.hw_global_ctrl)))))
      (a!17 (=> (bvuge #x03 p.nr_fixed)
                (not (= #b1 ((_ extract 35 35) p.hw_global_ctrl)))))
      (a!18 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!27 (=> (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (and (=> (bvuge #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@guest|))
                     (=> (bvuge #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@guest|))
                     (=> (bvuge #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@guest|))
                     (=> (bvuge #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@guest|))
                     (=> (bvuge #x00 p.nr_fixed)
                         (not |p.hw_fixed_ctr[0]@guest|))
                     (=> (bvuge #x01 p.nr_fixed)
                         (not |p.hw_fixed_ctr[1]@guest|))
                     (=> (bvuge #x02 p.nr_fixed)
                         (not |p.hw_fixed_ctr[2]@guest|))
                     (=> (bvuge #x03 p.nr_fixed)
                         (not |p.hw_fixed_ctr[3]@guest|))))))
(let ((a!19 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x00 p.nr_gp))
                (not |p.hw_gp_ctr[0]@guest|)))
      (a!20 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x01 p.nr_gp))
                (not |p.hw_gp_ctr[1]@guest|)))
      (a!21 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x02 p.nr_gp))
                (not |p.hw_gp_ctr[2]@guest|)))
      (a!22 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x03 p.nr_gp))
                (not |p.hw_gp_ctr[3]@guest|)))
      (a!23 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x00 p.nr_fixed))
                (not |p.hw_fixed_ctr[0]@guest|)))
      (a!24 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x01 p.nr_fixed))
                (not |p.hw_fixed_ctr[1]@guest|)))
      (a!25 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x02 p.nr_fixed))
                (not |p.hw_fixed_ctr[2]@guest|)))
      (a!26 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x03 p.nr_fixed))
                (not |p.hw_fixed_ctr[3]@guest|))))
  (and (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x03)
       a!1
       a!2
       a!3
       a!4
       a!5
       a!6
       a!7
       a!8
       (=> a!9 (and a!10 a!11 a!12 a!13 a!14 a!15 a!16 a!17))
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_ctrl_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_ctrl_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_ctrl_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_ctrl_rsvd)))
       (=> (bvuge #x00 p.nr_fixed)
           (= #b1 ((_ extract 32 32) p.global_ctrl_rsvd)))
       (=> (bvuge #x01 p.nr_fixed)
           (= #b1 ((_ extract 33 33) p.global_ctrl_rsvd)))
       (=> (bvuge #x02 p.nr_fixed)
           (= #b1 ((_ extract 34 34) p.global_ctrl_rsvd)))
       (=> (bvuge #x03 p.nr_fixed)
           (= #b1 ((_ extract 35 35) p.global_ctrl_rsvd)))
       (=> (not p.has_run) (and a!19 a!20 a!21 a!22 a!23 a!24 a!25 a!26))
       (=> (= #b10 p.ctx) p.has_run)
       (not p.cpuid_gp_width@guest)
       (not p.cpuid_fixed_width@guest)
       (not p.gp_counter_bitmask@guest)
       (not p.fixed_counter_bitmask@guest)
       (not |p.pmu_fixed_counter[3]@guest|)
       (not p.pending@guest)
       (not p.pending_index@guest)
       a!27))))
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
      (a!5 (=> (bvuge #x00 p.nr_gp)
               (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!6 (=> (bvuge #x01 p.nr_gp)
               (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!7 (=> (bvuge #x02 p.nr_gp)
               (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!8 (=> (bvuge #x03 p.nr_gp)
               (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!9 (=> (bvuge #x00 p.nr_fixed)
               (not (= #b1 ((_ extract 32 32) p.pmu_global_ctrl)))))
      (a!10 (=> (bvuge #x01 p.nr_fixed)
                (not (= #b1 ((_ extract 33 33) p.pmu_global_ctrl)))))
      (a!11 (=> (bvuge #x02 p.nr_fixed)
                (not (= #b1 ((_ extract 34 34) p.pmu_global_ctrl)))))
      (a!12 (=> (bvuge #x03 p.nr_fixed)
                (not (= #b1 ((_ extract 35 35) p.pmu_global_ctrl)))))
      (a!13 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!14 (=> (bvuge #x00 p.nr_gp)
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctrl)))))
      (a!15 (=> (bvuge #x01 p.nr_gp)
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctrl)))))
      (a!16 (=> (bvuge #x02 p.nr_gp)
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctrl)))))
      (a!17 (=> (bvuge #x03 p.nr_gp)
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctrl)))))
      (a!18 (=> (bvuge #x00 p.nr_fixed)
                (not (= #b1 ((_ extract 32 32) p.hw_global_ctrl)))))
      (a!19 (=> (bvuge #x01 p.nr_fixed)
                (not (= #b1 ((_ extract 33 33) p.hw_global_ctrl)))))
      (a!20 (=> (bvuge #x02 p.nr_fixed)
                (not (= #b1 ((_ extract 34 34) p.hw_global_ctrl)))))
      (a!21 (=> (bvuge #x03 p.nr_fixed)
                (not (= #b1 ((_ extract 35 35) p.hw_global_ctrl)))))
      (a!22 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!31 (=> (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (and (=> (bvuge #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@guest|))
                     (=> (bvuge #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@guest|))
                     (=> (bvuge #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@guest|))
                     (=> (bvuge #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@guest|))
                     (=> (bvuge #x00 p.nr_fixed)
                         (not |p.hw_fixed_ctr[0]@guest|))
                     (=> (bvuge #x01 p.nr_fixed)
                         (not |p.hw_fixed_ctr[1]@guest|))
                     (=> (bvuge #x02 p.nr_fixed)
                         (not |p.hw_fixed_ctr[2]@guest|))
                     (=> (bvuge #x03 p.nr_fixed)
                         (not |p.hw_fixed_ctr[3]@guest|))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!23 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x00 p.nr_gp))
                (not |p.hw_gp_ctr[0]@guest|)))
      (a!24 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x01 p.nr_gp))
                (not |p.hw_gp_ctr[1]@guest|)))
      (a!25 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x02 p.nr_gp))
                (not |p.hw_gp_ctr[2]@guest|)))
      (a!26 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x03 p.nr_gp))
                (not |p.hw_gp_ctr[3]@guest|)))
      (a!27 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x00 p.nr_fixed))
                (not |p.hw_fixed_ctr[0]@guest|)))
      (a!28 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x01 p.nr_fixed))
                (not |p.hw_fixed_ctr[1]@guest|)))
      (a!29 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x02 p.nr_fixed))
                (not |p.hw_fixed_ctr[2]@guest|)))
      (a!30 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x03 p.nr_fixed))
                (not |p.hw_fixed_ctr[3]@guest|))))
(let ((a!32 (and (bvule p.nr_gp cfg.host_nr_gp)
                 (bvule p.nr_fixed cfg.host_nr_fixed)
                 (bvule p.nr_fixed #x03)
                 a!5
                 a!6
                 a!7
                 a!8
                 a!9
                 a!10
                 a!11
                 a!12
                 (=> a!13 (and a!14 a!15 a!16 a!17 a!18 a!19 a!20 a!21))
                 (=> (bvuge #x00 p.nr_gp)
                     (= #b1 ((_ extract 0 0) p.global_ctrl_rsvd)))
                 (=> (bvuge #x01 p.nr_gp)
                     (= #b1 ((_ extract 1 1) p.global_ctrl_rsvd)))
                 (=> (bvuge #x02 p.nr_gp)
                     (= #b1 ((_ extract 2 2) p.global_ctrl_rsvd)))
                 (=> (bvuge #x03 p.nr_gp)
                     (= #b1 ((_ extract 3 3) p.global_ctrl_rsvd)))
                 (=> (bvuge #x00 p.nr_fixed)
                     (= #b1 ((_ extract 32 32) p.global_ctrl_rsvd)))
                 (=> (bvuge #x01 p.nr_fixed)
                     (= #b1 ((_ extract 33 33) p.global_ctrl_rsvd)))
                 (=> (bvuge #x02 p.nr_fixed)
                     (= #b1 ((_ extract 34 34) p.global_ctrl_rsvd)))
                 (=> (bvuge #x03 p.nr_fixed)
                     (= #b1 ((_ extract 35 35) p.global_ctrl_rsvd)))
                 (=> (not p.has_run)
                     (and a!23 a!24 a!25 a!26 a!27 a!28 a!29 a!30))
                 (=> (= #b10 p.ctx) p.has_run)
                 (not p.cpuid_gp_width@guest)
                 (not p.cpuid_fixed_width@guest)
                 (not p.gp_counter_bitmask@guest)
                 (not p.fixed_counter_bitmask@guest)
                 (not |p.pmu_fixed_counter[3]@guest|)
                 (not p.pending@guest)
                 (not p.pending_index@guest)
                 a!31)))
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
       (= p.cpuid_gp_width@guest false)
       (= #x00 p.cpuid_nr_fixed)
       (= #x00 p.cpuid_fixed_width)
       (= p.cpuid_fixed_width@guest false)
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
       (= p.gp_counter_bitmask@guest false)
       (= #x0000000000000000 p.fixed_counter_bitmask)
       (= p.fixed_counter_bitmask@guest false)
       (= #xffffffff00200000 p.reserved_bits)
       (= p.raw_event_mask_txcp false)
       (= #xffffffffffffffff p.fixed_ctr_ctrl_rsvd)
       (= #xffffffffffffffff p.global_ctrl_rsvd)
       (= #xffffffffffffffff p.global_status_rsvd)
       (= |p.hw_gp_ctr[0]@guest| false)
       (= |p.hw_gp_ctr[1]@guest| false)
       (= |p.hw_gp_ctr[2]@guest| false)
       (= |p.hw_gp_ctr[3]@guest| false)
       (= |p.hw_fixed_ctr[0]@guest| false)
       (= |p.hw_fixed_ctr[1]@guest| false)
       (= |p.hw_fixed_ctr[2]@guest| false)
       (= |p.hw_fixed_ctr[3]@guest| false)
       (= |p.pmu_gp_counter[0]@guest| false)
       (= |p.pmu_gp_counter[1]@guest| false)
       (= |p.pmu_gp_counter[2]@guest| false)
       (= |p.pmu_gp_counter[3]@guest| false)
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 |p.eventsel_hw[2]|)
       (= #x0000000000000000 |p.eventsel_hw[3]|)
       (= |p.pmu_fixed_counter[0]@guest| false)
       (= |p.pmu_fixed_counter[1]@guest| false)
       (= |p.pmu_fixed_counter[2]@guest| false)
       (= |p.pmu_fixed_counter[3]@guest| false)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= p.pending@guest false)
       (= #x00000000 p.pending_index)
       (= p.pending_index@guest false)
       (= #x0000000000000000 p.pending_data)
       (= p.pending_data@guest false)
       (not a!32))))))
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
      (a!5 (=> (bvuge #x00 p.nr_gp)
               (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!6 (=> (bvuge #x01 p.nr_gp)
               (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!7 (=> (bvuge #x02 p.nr_gp)
               (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!8 (=> (bvuge #x03 p.nr_gp)
               (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!9 (=> (bvuge #x00 p.nr_fixed)
               (not (= #b1 ((_ extract 32 32) p.pmu_global_ctrl)))))
      (a!10 (=> (bvuge #x01 p.nr_fixed)
                (not (= #b1 ((_ extract 33 33) p.pmu_global_ctrl)))))
      (a!11 (=> (bvuge #x02 p.nr_fixed)
                (not (= #b1 ((_ extract 34 34) p.pmu_global_ctrl)))))
      (a!12 (=> (bvuge #x03 p.nr_fixed)
                (not (= #b1 ((_ extract 35 35) p.pmu_global_ctrl)))))
      (a!13 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!14 (=> (bvuge #x00 p.nr_gp)
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctrl)))))
      (a!15 (=> (bvuge #x01 p.nr_gp)
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctrl)))))
      (a!16 (=> (bvuge #x02 p.nr_gp)
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctrl)))))
      (a!17 (=> (bvuge #x03 p.nr_gp)
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctrl)))))
      (a!18 (=> (bvuge #x00 p.nr_fixed)
                (not (= #b1 ((_ extract 32 32) p.hw_global_ctrl)))))
      (a!19 (=> (bvuge #x01 p.nr_fixed)
                (not (= #b1 ((_ extract 33 33) p.hw_global_ctrl)))))
      (a!20 (=> (bvuge #x02 p.nr_fixed)
                (not (= #b1 ((_ extract 34 34) p.hw_global_ctrl)))))
      (a!21 (=> (bvuge #x03 p.nr_fixed)
                (not (= #b1 ((_ extract 35 35) p.hw_global_ctrl)))))
      (a!22 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!31 (=> (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (and (=> (bvuge #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@guest|))
                     (=> (bvuge #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@guest|))
                     (=> (bvuge #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@guest|))
                     (=> (bvuge #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@guest|))
                     (=> (bvuge #x00 p.nr_fixed)
                         (not |p.hw_fixed_ctr[0]@guest|))
                     (=> (bvuge #x01 p.nr_fixed)
                         (not |p.hw_fixed_ctr[1]@guest|))
                     (=> (bvuge #x02 p.nr_fixed)
                         (not |p.hw_fixed_ctr[2]@guest|))
                     (=> (bvuge #x03 p.nr_fixed)
                         (not |p.hw_fixed_ctr[3]@guest|)))))
      (a!32 (and (= #x8 actp)
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
      (a!33 (and (= #x9 actp)
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
      (a!34 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!37 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!38 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!39 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!40 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!41 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm)))))
      (a!43 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!47 (not (= #x01
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!48 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!59 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!60 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!61 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!62 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!67 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!68 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!69 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!70 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!95 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!96 (bvor (bvnot p.global_ctrl_rsvd)
                  (bvnot (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.data
                              p.pending_data))))
      (a!97 (or (= (ite (= p.pending #b00)
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
      (a!125 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!126 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!127 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvsub inp.guest_wrmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                            (bvult inp.guest_wrmsr.msr #x0000018a))
                       (bvsub inp.guest_wrmsr.msr #x00000186)
                       (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!130 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!131 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!159 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_gp_counter[0]@guest|
                       |p.hw_gp_ctr[0]@guest|)
                  |p.hw_gp_ctr[0]@guest|))
      (a!160 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) false |p.hw_gp_ctr[0]@guest|)
                  |p.hw_gp_ctr[0]@guest|))
      (a!161 (ite (and (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                  true
                  |p.hw_gp_ctr[0]@guest|))
      (a!162 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000001 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!163 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                         #b000000000000000000000))
                 (bvule #b10011000101 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!164 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110000110 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!165 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                         #b00000000000000000000000))
                 (bvule #b110001010 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!167 (= (bvnot (bvor cfg.host_gp_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!172 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_gp_counter[1]@guest|
                       |p.hw_gp_ctr[1]@guest|)
                  |p.hw_gp_ctr[1]@guest|))
      (a!173 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) false |p.hw_gp_ctr[1]@guest|)
                  |p.hw_gp_ctr[1]@guest|))
      (a!174 (ite (and (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                  true
                  |p.hw_gp_ctr[1]@guest|))
      (a!179 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_gp_counter[2]@guest|
                       |p.hw_gp_ctr[2]@guest|)
                  |p.hw_gp_ctr[2]@guest|))
      (a!180 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) false |p.hw_gp_ctr[2]@guest|)
                  |p.hw_gp_ctr[2]@guest|))
      (a!181 (ite (and (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[2]|)))
                  true
                  |p.hw_gp_ctr[2]@guest|))
      (a!186 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_gp_counter[3]@guest|
                       |p.hw_gp_ctr[3]@guest|)
                  |p.hw_gp_ctr[3]@guest|))
      (a!187 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) false |p.hw_gp_ctr[3]@guest|)
                  |p.hw_gp_ctr[3]@guest|))
      (a!188 (ite (and (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[3]|)))
                  true
                  |p.hw_gp_ctr[3]@guest|))
      (a!193 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.pmu_fixed_counter[0]@guest|
                       |p.hw_fixed_ctr[0]@guest|)
                  |p.hw_fixed_ctr[0]@guest|))
      (a!194 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed) false |p.hw_fixed_ctr[0]@guest|)
                  |p.hw_fixed_ctr[0]@guest|))
      (a!195 (and (bvult #x00 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 32 32) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 0 0) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 1 1) p.hw_fixed_ctr_ctrl)))))
      (a!196 (= (bvnot (bvor cfg.host_fixed_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!201 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.pmu_fixed_counter[1]@guest|
                       |p.hw_fixed_ctr[1]@guest|)
                  |p.hw_fixed_ctr[1]@guest|))
      (a!202 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed) false |p.hw_fixed_ctr[1]@guest|)
                  |p.hw_fixed_ctr[1]@guest|))
      (a!203 (and (bvult #x01 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 33 33) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 4 4) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 5 5) p.hw_fixed_ctr_ctrl)))))
      (a!208 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.pmu_fixed_counter[2]@guest|
                       |p.hw_fixed_ctr[2]@guest|)
                  |p.hw_fixed_ctr[2]@guest|))
      (a!209 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed) false |p.hw_fixed_ctr[2]@guest|)
                  |p.hw_fixed_ctr[2]@guest|))
      (a!210 (and (bvult #x02 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 34 34) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 8 8) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 9 9) p.hw_fixed_ctr_ctrl)))))
      (a!215 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.pmu_fixed_counter[3]@guest|
                       |p.hw_fixed_ctr[3]@guest|)
                  |p.hw_fixed_ctr[3]@guest|))
      (a!216 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed) false |p.hw_fixed_ctr[3]@guest|)
                  |p.hw_fixed_ctr[3]@guest|))
      (a!217 (and (bvult #x03 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 35 35) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 12 12) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 13 13) p.hw_fixed_ctr_ctrl)))))
      (a!224 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_gp_width@guest
                            (ite p.has_run p.cpuid_gp_width@guest false))
                       p.cpuid_gp_width@guest)))
      (a!225 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_fixed_width@guest
                            (ite p.has_run p.cpuid_fixed_width@guest false))
                       p.cpuid_fixed_width@guest)))
      (a!234 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.hw_fixed_ctr[3]@guest|
                       |p.pmu_fixed_counter[3]@guest|)
                  |p.pmu_fixed_counter[3]@guest|))
      (a!235 (and (= #x0000038d
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (bvugt p.pmu_version #x01)))
      (a!236 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c5)))
      (a!237 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c5)))
      (a!239 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000018a)))
      (a!242 (bvult (bvsub (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x00000309)
                    ((_ zero_extend 24) p.nr_fixed))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!23 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x00 p.nr_gp))
                (not |p.hw_gp_ctr[0]@guest|)))
      (a!24 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x01 p.nr_gp))
                (not |p.hw_gp_ctr[1]@guest|)))
      (a!25 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x02 p.nr_gp))
                (not |p.hw_gp_ctr[2]@guest|)))
      (a!26 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x03 p.nr_gp))
                (not |p.hw_gp_ctr[3]@guest|)))
      (a!27 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x00 p.nr_fixed))
                (not |p.hw_fixed_ctr[0]@guest|)))
      (a!28 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x01 p.nr_fixed))
                (not |p.hw_fixed_ctr[1]@guest|)))
      (a!29 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x02 p.nr_fixed))
                (not |p.hw_fixed_ctr[2]@guest|)))
      (a!30 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x03 p.nr_fixed))
                (not |p.hw_fixed_ctr[3]@guest|)))
      (a!35 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!34)))
      (a!42 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!39) #x0000000000000000) p.cpuid_pdcm a!40)
                 (or (not p.has_run) a!41)))
      (a!63 (and a!59
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!64 (and a!60
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!65 (and a!61
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!66 (and a!62
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!71 (or a!22
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!98 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000)) (not a!97)))
      (a!128 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                       (bvult inp.guest_wrmsr.msr #x000000c5))
                  (bvult a!127 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!129 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvult a!127 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!166 (ite (and a!162 (not a!163))
                  (bvadd #xfffffb3f inp.guest_wrmsr.msr)
                  (ite (and a!164 (not a!165))
                       (bvadd #xfffffe7a inp.guest_wrmsr.msr)
                       (bvadd #xffffff3f inp.guest_wrmsr.msr))))
      (a!197 (ite a!130
                  (ite (and a!196 (= inp.guest_wrmsr.msr #x00000309))
                       true
                       |p.hw_fixed_ctr[0]@guest|)
                  |p.hw_fixed_ctr[0]@guest|))
      (a!204 (ite a!130
                  (ite (and a!196 (= inp.guest_wrmsr.msr #x0000030a))
                       true
                       |p.hw_fixed_ctr[1]@guest|)
                  |p.hw_fixed_ctr[1]@guest|))
      (a!211 (ite a!130
                  (ite (and a!196 (= inp.guest_wrmsr.msr #x0000030b))
                       true
                       |p.hw_fixed_ctr[2]@guest|)
                  |p.hw_fixed_ctr[2]@guest|))
      (a!218 (ite a!130
                  (ite (and a!196 (= inp.guest_wrmsr.msr #x0000030c))
                       true
                       |p.hw_fixed_ctr[3]@guest|)
                  |p.hw_fixed_ctr[3]@guest|))
      (a!238 (and a!237
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!240 (ite a!239
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)))
      (a!243 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000309)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000030d)
                  a!242)))
(let ((a!36 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!32
                a!33
                a!35))
      (a!44 (ite (and (not p.has_run) a!42)
                 a!43
                 (ite (and (not p.has_run) a!42) #x00 p.nr_gp)))
      (a!49 (ite (and (not p.has_run) a!42)
                 a!48
                 (ite (and (not p.has_run) a!42) #x00 p.nr_fixed)))
      (a!54 (ite (and (not p.has_run) a!42)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!42) #x00 p.pmu_version)))
      (a!72 (ite (= #x0000038f #x00000390)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!80 (or cfg.enable_vmware_backdoor
                a!71
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!81 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!88 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!99 (ite (and (= (bvnot a!96) #x0000000000000000) a!98)
                 (ite (= #b00 p.pending)
                      inp.kvm_emulate_pmu_access.data
                      p.pending_data)
                 p.pmu_global_ctrl))
      (a!132 (ite a!129
                  p.hw_global_ctrl
                  (ite a!130
                       p.hw_global_ctrl
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!131 inp.guest_wrmsr.data p.hw_global_ctrl)
                            p.hw_global_ctrl))))
      (a!168 (ite a!129
                  (ite (and a!167 (= a!166 #x00000000))
                       true
                       |p.hw_gp_ctr[0]@guest|)
                  |p.hw_gp_ctr[0]@guest|))
      (a!175 (ite a!129
                  (ite (and a!167 (= a!166 #x00000001))
                       true
                       |p.hw_gp_ctr[1]@guest|)
                  |p.hw_gp_ctr[1]@guest|))
      (a!182 (ite a!129
                  (ite (and a!167 (= a!166 #x00000002))
                       true
                       |p.hw_gp_ctr[2]@guest|)
                  |p.hw_gp_ctr[2]@guest|))
      (a!189 (ite a!129
                  (ite (and a!167 (= a!166 #x00000003))
                       true
                       |p.hw_gp_ctr[3]@guest|)
                  |p.hw_gp_ctr[3]@guest|))
      (a!226 (ite (and (not p.has_run) a!42)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@guest
                           (ite p.has_run p.cpuid_gp_width@guest false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@guest
                           (ite p.has_run p.cpuid_gp_width@guest false)))
                  (ite (and (not p.has_run) a!42)
                       false
                       p.gp_counter_bitmask@guest)))
      (a!229 (ite (and (not p.has_run) a!42)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@guest
                           (ite p.has_run p.cpuid_fixed_width@guest false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@guest
                           (ite p.has_run p.cpuid_fixed_width@guest false)))
                  (ite (and (not p.has_run) a!42)
                       false
                       p.fixed_counter_bitmask@guest)))
      (a!233 (ite a!37
                  (ite (and (not p.has_run) a!42)
                       false
                       |p.pmu_fixed_counter[3]@guest|)
                  |p.pmu_fixed_counter[3]@guest|))
      (a!241 (ite a!237
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  a!240))
      (a!244 (and a!98
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030c))))
(let ((a!45 (ite a!38 a!44 (ite (and (not p.has_run) a!42) #x00 p.nr_gp)))
      (a!50 (ite a!47 a!49 (ite (and (not p.has_run) a!42) #x00 p.nr_fixed)))
      (a!55 (or (bvugt a!54 #x01)
                (and cfg.enable_mediated_pmu (not (= #x00 a!54)))))
      (a!73 (ite (= #x0000038f #x0000038f)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 a!72))
      (a!82 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 a!81))
      (a!89 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 a!88))
      (a!100 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!99
                  p.pmu_global_ctrl))
      (a!122 (ite cfg.vm_enable_pmu
                  a!54
                  (ite (and (not p.has_run) a!42) #x00 p.pmu_version)))
      (a!144 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!49))
                           #x0000000000000001)
                    #x0000000000000020))
      (a!227 (ite a!38
                  a!226
                  (ite (and (not p.has_run) a!42)
                       false
                       p.gp_counter_bitmask@guest)))
      (a!230 (ite a!47
                  a!229
                  (ite (and (not p.has_run) a!42)
                       false
                       p.fixed_counter_bitmask@guest)))
      (a!245 (ite (and (or a!236 a!238)
                       (bvult a!241 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[3]@guest|
                  (ite a!243
                       (ite a!244 true |p.pmu_fixed_counter[3]@guest|)
                       |p.pmu_fixed_counter[3]@guest|))))
(let ((a!46 (ite cfg.vm_enable_pmu
                 a!45
                 (ite (and (not p.has_run) a!42) #x00 p.nr_gp)))
      (a!51 (ite a!38 a!50 (ite (and (not p.has_run) a!42) #x00 p.nr_fixed)))
      (a!56 (ite (and (not p.has_run) a!42)
                 (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!45))
                        #x0000000000000001)
                 (ite (and (not p.has_run) a!42)
                      #x0000000000000000
                      p.pmu_global_ctrl)))
      (a!74 (ite (= #x0000038f #x0000038e)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 a!73))
      (a!83 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 a!82))
      (a!90 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!71 (not (bvugt p.pmu_version #x01)))
                 a!89))
      (a!101 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl
                  a!100))
      (a!123 (not (= #x00
                     (ite (= #x0 actp)
                          (ite a!37 a!122 p.pmu_version)
                          p.pmu_version))))
      (a!145 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!44))
                          #x0000000000000001)
                   a!144))
      (a!228 (ite cfg.vm_enable_pmu
                  a!227
                  (ite (and (not p.has_run) a!42)
                       false
                       p.gp_counter_bitmask@guest)))
      (a!231 (ite a!38
                  a!230
                  (ite (and (not p.has_run) a!42)
                       false
                       p.fixed_counter_bitmask@guest)))
      (a!246 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@guest|
                  (ite a!235 |p.pmu_fixed_counter[3]@guest| a!245))))
(let ((a!52 (ite cfg.vm_enable_pmu
                 a!51
                 (ite (and (not p.has_run) a!42) #x00 p.nr_fixed)))
      (a!53 (bvuge #x00 (ite (= #x0 actp) (ite a!37 a!46 p.nr_gp) p.nr_gp)))
      (a!57 (ite (and (not (= #x00 a!45)) a!55)
                 a!56
                 (ite (and (not p.has_run) a!42)
                      #x0000000000000000
                      p.pmu_global_ctrl)))
      (a!75 (ite (= #x0000038f #x0000030a)
                 (not a!68)
                 (ite (= #x0000038f #x0000030b)
                      (not a!69)
                      (ite (= #x0000038f #x0000030c) (not a!70) a!74))))
      (a!84 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!68)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!69)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!70) a!83))))
      (a!91 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!68)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!69)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!70) a!90))))
      (a!102 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!101
                  p.pmu_global_ctrl))
      (a!106 (bvuge #x01 (ite (= #x0 actp) (ite a!37 a!46 p.nr_gp) p.nr_gp)))
      (a!108 (bvuge #x02 (ite (= #x0 actp) (ite a!37 a!46 p.nr_gp) p.nr_gp)))
      (a!110 (bvuge #x03 (ite (= #x0 actp) (ite a!37 a!46 p.nr_gp) p.nr_gp)))
      (a!146 (ite (and (not p.has_run) a!42)
                  (bvnot a!145)
                  (ite (and (not p.has_run) a!42)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!232 (ite cfg.vm_enable_pmu
                  a!231
                  (ite (and (not p.has_run) a!42)
                       false
                       p.fixed_counter_bitmask@guest)))
      (a!247 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@guest|
                  a!246)))
(let ((a!58 (ite cfg.vm_enable_pmu
                 a!57
                 (ite (and (not p.has_run) a!42)
                      #x0000000000000000
                      p.pmu_global_ctrl)))
      (a!76 (ite (= #x0000038f #x000004c3)
                 (not a!65)
                 (ite (= #x0000038f #x000004c4)
                      (not a!66)
                      (ite (= #x0000038f #x00000309) (not a!67) a!75))))
      (a!85 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!65)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!66)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!67) a!84))))
      (a!92 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!65)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!66)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!67) a!91))))
      (a!112 (bvuge #x00
                    (ite (= #x0 actp) (ite a!37 a!52 p.nr_fixed) p.nr_fixed)))
      (a!114 (bvuge #x01
                    (ite (= #x0 actp) (ite a!37 a!52 p.nr_fixed) p.nr_fixed)))
      (a!116 (bvuge #x02
                    (ite (= #x0 actp) (ite a!37 a!52 p.nr_fixed) p.nr_fixed)))
      (a!118 (bvuge #x03
                    (ite (= #x0 actp) (ite a!37 a!52 p.nr_fixed) p.nr_fixed)))
      (a!147 (ite a!47
                  a!146
                  (ite (and (not p.has_run) a!42)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!248 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@guest|
                  a!247)))
(let ((a!77 (ite (= #x0000038f #x000000c4)
                 (not a!62)
                 (ite (= #x0000038f #x000004c1)
                      (not a!63)
                      (ite (= #x0000038f #x000004c2) (not a!64) a!76))))
      (a!86 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!62)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!63)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!64) a!85))))
      (a!93 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!62)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!63)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!64) a!92))))
      (a!148 (ite a!38
                  a!147
                  (ite (and (not p.has_run) a!42)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!249 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!248
                  |p.pmu_fixed_counter[3]@guest|)))
(let ((a!78 (ite (= #x0000038f #x000000c1)
                 (not a!59)
                 (ite (= #x0000038f #x000000c2)
                      (not a!60)
                      (ite (= #x0000038f #x000000c3) (not a!61) a!77))))
      (a!87 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!59)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!60)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!61) a!86))))
      (a!94 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!59)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!60)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!61) a!93))))
      (a!149 (ite cfg.vm_enable_pmu
                  a!148
                  (ite (and (not p.has_run) a!42)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!250 (ite (= #x4 actp)
                  a!234
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[3]@guest|
                            (ite a!95 |p.pmu_fixed_counter[3]@guest| a!249))
                       |p.pmu_fixed_counter[3]@guest|))))
(let ((a!79 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (not a!78) p.hw_global_ctrl p.pmu_global_ctrl)
                 p.pmu_global_ctrl))
      (a!120 (ite (= #x7 actp)
                  (ite a!80 #b01 p.ctx)
                  (ite (= #x8 actp)
                       (ite a!87 #b01 p.ctx)
                       (ite (= #x9 actp) (ite a!94 #b01 p.ctx) p.ctx))))
      (a!133 (ite (= #x8 actp)
                  (ite a!87 a!125 p.hw_global_ctrl)
                  (ite (= #x9 actp)
                       (ite a!94 a!125 (ite a!128 p.hw_global_ctrl a!132))
                       p.hw_global_ctrl)))
      (a!150 (= #b1
                ((_ extract 0 0)
                  (ite (= #x0 actp)
                       (ite a!37 a!149 p.global_ctrl_rsvd)
                       p.global_ctrl_rsvd))))
      (a!151 (= #b1
                ((_ extract 1 1)
                  (ite (= #x0 actp)
                       (ite a!37 a!149 p.global_ctrl_rsvd)
                       p.global_ctrl_rsvd))))
      (a!152 (= #b1
                ((_ extract 2 2)
                  (ite (= #x0 actp)
                       (ite a!37 a!149 p.global_ctrl_rsvd)
                       p.global_ctrl_rsvd))))
      (a!153 (= #b1
                ((_ extract 3 3)
                  (ite (= #x0 actp)
                       (ite a!37 a!149 p.global_ctrl_rsvd)
                       p.global_ctrl_rsvd))))
      (a!154 (= #b1
                ((_ extract 32 32)
                  (ite (= #x0 actp)
                       (ite a!37 a!149 p.global_ctrl_rsvd)
                       p.global_ctrl_rsvd))))
      (a!155 (= #b1
                ((_ extract 33 33)
                  (ite (= #x0 actp)
                       (ite a!37 a!149 p.global_ctrl_rsvd)
                       p.global_ctrl_rsvd))))
      (a!156 (= #b1
                ((_ extract 34 34)
                  (ite (= #x0 actp)
                       (ite a!37 a!149 p.global_ctrl_rsvd)
                       p.global_ctrl_rsvd))))
      (a!157 (= #b1
                ((_ extract 35 35)
                  (ite (= #x0 actp)
                       (ite a!37 a!149 p.global_ctrl_rsvd)
                       p.global_ctrl_rsvd))))
      (a!169 (ite a!94
                  |p.hw_gp_ctr[0]@guest|
                  (ite a!128
                       (ite (= a!166 #x00000000) true |p.hw_gp_ctr[0]@guest|)
                       a!168)))
      (a!176 (ite a!94
                  |p.hw_gp_ctr[1]@guest|
                  (ite a!128
                       (ite (= a!166 #x00000001) true |p.hw_gp_ctr[1]@guest|)
                       a!175)))
      (a!183 (ite a!94
                  |p.hw_gp_ctr[2]@guest|
                  (ite a!128
                       (ite (= a!166 #x00000002) true |p.hw_gp_ctr[2]@guest|)
                       a!182)))
      (a!190 (ite a!94
                  |p.hw_gp_ctr[3]@guest|
                  (ite a!128
                       (ite (= a!166 #x00000003) true |p.hw_gp_ctr[3]@guest|)
                       a!189)))
      (a!198 (ite (= #x9 actp)
                  (ite a!94
                       |p.hw_fixed_ctr[0]@guest|
                       (ite a!128
                            |p.hw_fixed_ctr[0]@guest|
                            (ite a!129 |p.hw_fixed_ctr[0]@guest| a!197)))
                  |p.hw_fixed_ctr[0]@guest|))
      (a!205 (ite (= #x9 actp)
                  (ite a!94
                       |p.hw_fixed_ctr[1]@guest|
                       (ite a!128
                            |p.hw_fixed_ctr[1]@guest|
                            (ite a!129 |p.hw_fixed_ctr[1]@guest| a!204)))
                  |p.hw_fixed_ctr[1]@guest|))
      (a!212 (ite (= #x9 actp)
                  (ite a!94
                       |p.hw_fixed_ctr[2]@guest|
                       (ite a!128
                            |p.hw_fixed_ctr[2]@guest|
                            (ite a!129 |p.hw_fixed_ctr[2]@guest| a!211)))
                  |p.hw_fixed_ctr[2]@guest|))
      (a!219 (ite (= #x9 actp)
                  (ite a!94
                       |p.hw_fixed_ctr[3]@guest|
                       (ite a!128
                            |p.hw_fixed_ctr[3]@guest|
                            (ite a!129 |p.hw_fixed_ctr[3]@guest| a!218)))
                  |p.hw_fixed_ctr[3]@guest|))
      (a!251 (ite (= #x8 actp)
                  (ite a!87 false p.pending@guest)
                  (ite (= #x9 actp)
                       (ite a!94 false p.pending@guest)
                       (ite (= #xa actp) false p.pending@guest))))
      (a!252 (ite (= #x7 actp)
                  (ite a!80 false p.pending_index@guest)
                  (ite (= #x8 actp)
                       (ite a!87 false p.pending_index@guest)
                       (ite (= #x9 actp)
                            (ite a!94 false p.pending_index@guest)
                            p.pending_index@guest)))))
(let ((a!103 (ite (= #x9 actp)
                  (ite a!94 a!79 p.pmu_global_ctrl)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl
                            (ite a!95 p.pmu_global_ctrl a!102))
                       p.pmu_global_ctrl)))
      (a!121 (ite (= #x2 actp)
                  #b10
                  (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!120))))
      (a!134 (ite (= #x3 actp)
                  a!125
                  (ite (= #x5 actp)
                       hvp.host_perf_activity.19
                       (ite (= #x7 actp)
                            (ite a!80 a!125 p.hw_global_ctrl)
                            a!133))))
      (a!170 (ite (= #x5 actp)
                  (ite (bvult #x00 cfg.host_nr_gp) false |p.hw_gp_ctr[0]@guest|)
                  (ite (= #x6 actp)
                       a!161
                       (ite (= #x9 actp) a!169 |p.hw_gp_ctr[0]@guest|))))
      (a!177 (ite (= #x5 actp)
                  (ite (bvult #x01 cfg.host_nr_gp) false |p.hw_gp_ctr[1]@guest|)
                  (ite (= #x6 actp)
                       a!174
                       (ite (= #x9 actp) a!176 |p.hw_gp_ctr[1]@guest|))))
      (a!184 (ite (= #x5 actp)
                  (ite (bvult #x02 cfg.host_nr_gp) false |p.hw_gp_ctr[2]@guest|)
                  (ite (= #x6 actp)
                       a!181
                       (ite (= #x9 actp) a!183 |p.hw_gp_ctr[2]@guest|))))
      (a!191 (ite (= #x5 actp)
                  (ite (bvult #x03 cfg.host_nr_gp) false |p.hw_gp_ctr[3]@guest|)
                  (ite (= #x6 actp)
                       a!188
                       (ite (= #x9 actp) a!190 |p.hw_gp_ctr[3]@guest|))))
      (a!199 (ite (= #x4 actp)
                  a!194
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_fixed)
                            false
                            |p.hw_fixed_ctr[0]@guest|)
                       (ite (= #x6 actp)
                            (ite a!195 true |p.hw_fixed_ctr[0]@guest|)
                            a!198))))
      (a!206 (ite (= #x4 actp)
                  a!202
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_fixed)
                            false
                            |p.hw_fixed_ctr[1]@guest|)
                       (ite (= #x6 actp)
                            (ite a!203 true |p.hw_fixed_ctr[1]@guest|)
                            a!205))))
      (a!213 (ite (= #x4 actp)
                  a!209
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_fixed)
                            false
                            |p.hw_fixed_ctr[2]@guest|)
                       (ite (= #x6 actp)
                            (ite a!210 true |p.hw_fixed_ctr[2]@guest|)
                            a!212))))
      (a!220 (ite (= #x4 actp)
                  a!216
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_fixed)
                            false
                            |p.hw_fixed_ctr[3]@guest|)
                       (ite (= #x6 actp)
                            (ite a!217 true |p.hw_fixed_ctr[3]@guest|)
                            a!219)))))
(let ((a!104 (ite (= #x3 actp)
                  a!79
                  (ite (= #x7 actp)
                       (ite a!80 a!79 p.pmu_global_ctrl)
                       (ite (= #x8 actp)
                            (ite a!87 a!79 p.pmu_global_ctrl)
                            a!103))))
      (a!124 (and (= #b10 (ite (= #x1 actp) #b01 a!121))
                  (and cfg.enable_mediated_pmu a!123)))
      (a!135 (ite (= #x1 actp) a!125 (ite (= #x2 actp) a!126 a!134)))
      (a!158 (or (= #b00 (ite (= #x1 actp) #b01 a!121))
                 (not (and cfg.enable_mediated_pmu a!123))))
      (a!171 (not (ite (= #x1 actp) a!159 (ite (= #x4 actp) a!160 a!170))))
      (a!178 (not (ite (= #x1 actp) a!172 (ite (= #x4 actp) a!173 a!177))))
      (a!185 (not (ite (= #x1 actp) a!179 (ite (= #x4 actp) a!180 a!184))))
      (a!192 (not (ite (= #x1 actp) a!186 (ite (= #x4 actp) a!187 a!191))))
      (a!223 (=> (= #b10 (ite (= #x1 actp) #b01 a!121))
                 (ite (= #x2 actp) true p.has_run)))
      (a!253 (=> a!112 (not (ite (= #x1 actp) a!193 a!199))))
      (a!254 (=> a!114 (not (ite (= #x1 actp) a!201 a!206))))
      (a!255 (=> a!116 (not (ite (= #x1 actp) a!208 a!213))))
      (a!256 (=> a!118 (not (ite (= #x1 actp) a!215 a!220)))))
(let ((a!105 (= #b1
                ((_ extract 0 0)
                  (ite (= #x0 actp) (ite a!37 a!58 p.pmu_global_ctrl) a!104))))
      (a!107 (= #b1
                ((_ extract 1 1)
                  (ite (= #x0 actp) (ite a!37 a!58 p.pmu_global_ctrl) a!104))))
      (a!109 (= #b1
                ((_ extract 2 2)
                  (ite (= #x0 actp) (ite a!37 a!58 p.pmu_global_ctrl) a!104))))
      (a!111 (= #b1
                ((_ extract 3 3)
                  (ite (= #x0 actp) (ite a!37 a!58 p.pmu_global_ctrl) a!104))))
      (a!113 (= #b1
                ((_ extract 32 32)
                  (ite (= #x0 actp) (ite a!37 a!58 p.pmu_global_ctrl) a!104))))
      (a!115 (= #b1
                ((_ extract 33 33)
                  (ite (= #x0 actp) (ite a!37 a!58 p.pmu_global_ctrl) a!104))))
      (a!117 (= #b1
                ((_ extract 34 34)
                  (ite (= #x0 actp) (ite a!37 a!58 p.pmu_global_ctrl) a!104))))
      (a!119 (= #b1
                ((_ extract 35 35)
                  (ite (= #x0 actp) (ite a!37 a!58 p.pmu_global_ctrl) a!104))))
      (a!136 (=> a!53 (not (= #b1 ((_ extract 0 0) a!135)))))
      (a!137 (=> a!106 (not (= #b1 ((_ extract 1 1) a!135)))))
      (a!138 (=> a!108 (not (= #b1 ((_ extract 2 2) a!135)))))
      (a!139 (=> a!110 (not (= #b1 ((_ extract 3 3) a!135)))))
      (a!140 (=> a!112 (not (= #b1 ((_ extract 32 32) a!135)))))
      (a!141 (=> a!114 (not (= #b1 ((_ extract 33 33) a!135)))))
      (a!142 (=> a!116 (not (= #b1 ((_ extract 34 34) a!135)))))
      (a!143 (=> a!118 (not (= #b1 ((_ extract 35 35) a!135)))))
      (a!200 (=> (or a!158 a!112) (not (ite (= #x1 actp) a!193 a!199))))
      (a!207 (=> (or a!158 a!114) (not (ite (= #x1 actp) a!201 a!206))))
      (a!214 (=> (or a!158 a!116) (not (ite (= #x1 actp) a!208 a!213))))
      (a!221 (=> (or a!158 a!118) (not (ite (= #x1 actp) a!215 a!220)))))
(let ((a!222 (=> (not (ite (= #x2 actp) true p.has_run))
                 (and (=> (or a!158 a!53) a!171)
                      (=> (or a!158 a!106) a!178)
                      (=> (or a!158 a!108) a!185)
                      (=> (or a!158 a!110) a!192)
                      a!200
                      a!207
                      a!214
                      a!221))))
(let ((a!257 (and (bvule (ite (= #x0 actp) (ite a!37 a!46 p.nr_gp) p.nr_gp)
                         cfg.host_nr_gp)
                  (bvule (ite (= #x0 actp)
                              (ite a!37 a!52 p.nr_fixed)
                              p.nr_fixed)
                         cfg.host_nr_fixed)
                  (bvule (ite (= #x0 actp)
                              (ite a!37 a!52 p.nr_fixed)
                              p.nr_fixed)
                         #x03)
                  (=> a!53 (not a!105))
                  (=> a!106 (not a!107))
                  (=> a!108 (not a!109))
                  (=> a!110 (not a!111))
                  (=> a!112 (not a!113))
                  (=> a!114 (not a!115))
                  (=> a!116 (not a!117))
                  (=> a!118 (not a!119))
                  (=> a!124
                      (and a!136 a!137 a!138 a!139 a!140 a!141 a!142 a!143))
                  (=> a!53 a!150)
                  (=> a!106 a!151)
                  (=> a!108 a!152)
                  (=> a!110 a!153)
                  (=> a!112 a!154)
                  (=> a!114 a!155)
                  (=> a!116 a!156)
                  (=> a!118 a!157)
                  a!222
                  a!223
                  a!224
                  a!225
                  (not (ite (= #x0 actp)
                            (ite a!37 a!228 p.gp_counter_bitmask@guest)
                            p.gp_counter_bitmask@guest))
                  (not (ite (= #x0 actp)
                            (ite a!37 a!232 p.fixed_counter_bitmask@guest)
                            p.fixed_counter_bitmask@guest))
                  (not (ite (= #x0 actp) a!233 a!250))
                  (not (ite (= #x7 actp) (ite a!80 false p.pending@guest) a!251))
                  (not a!252)
                  (=> (and cfg.enable_mediated_pmu a!123)
                      (and (=> a!53 a!171)
                           (=> a!106 a!178)
                           (=> a!108 a!185)
                           (=> a!110 a!192)
                           a!253
                           a!254
                           a!255
                           a!256)))))
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
       a!5
       a!6
       a!7
       a!8
       a!9
       a!10
       a!11
       a!12
       (=> a!13 (and a!14 a!15 a!16 a!17 a!18 a!19 a!20 a!21))
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_ctrl_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_ctrl_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_ctrl_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_ctrl_rsvd)))
       (=> (bvuge #x00 p.nr_fixed)
           (= #b1 ((_ extract 32 32) p.global_ctrl_rsvd)))
       (=> (bvuge #x01 p.nr_fixed)
           (= #b1 ((_ extract 33 33) p.global_ctrl_rsvd)))
       (=> (bvuge #x02 p.nr_fixed)
           (= #b1 ((_ extract 34 34) p.global_ctrl_rsvd)))
       (=> (bvuge #x03 p.nr_fixed)
           (= #b1 ((_ extract 35 35) p.global_ctrl_rsvd)))
       (=> (not p.has_run) (and a!23 a!24 a!25 a!26 a!27 a!28 a!29 a!30))
       (=> (= #b10 p.ctx) p.has_run)
       (not p.cpuid_gp_width@guest)
       (not p.cpuid_fixed_width@guest)
       (not p.gp_counter_bitmask@guest)
       (not p.fixed_counter_bitmask@guest)
       (not |p.pmu_fixed_counter[3]@guest|)
       (not p.pending@guest)
       (not p.pending_index@guest)
       a!31
       a!36
       (bvult actp #xb)
       (not a!257))))))))))))))))))
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
      (a!5 (=> (bvuge #x00 p.nr_gp)
               (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!6 (=> (bvuge #x01 p.nr_gp)
               (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!7 (=> (bvuge #x02 p.nr_gp)
               (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!8 (=> (bvuge #x03 p.nr_gp)
               (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!9 (=> (bvuge #x00 p.nr_fixed)
               (not (= #b1 ((_ extract 32 32) p.pmu_global_ctrl)))))
      (a!10 (=> (bvuge #x01 p.nr_fixed)
                (not (= #b1 ((_ extract 33 33) p.pmu_global_ctrl)))))
      (a!11 (=> (bvuge #x02 p.nr_fixed)
                (not (= #b1 ((_ extract 34 34) p.pmu_global_ctrl)))))
      (a!12 (=> (bvuge #x03 p.nr_fixed)
                (not (= #b1 ((_ extract 35 35) p.pmu_global_ctrl)))))
      (a!13 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!14 (=> (bvuge #x00 p.nr_gp)
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctrl)))))
      (a!15 (=> (bvuge #x01 p.nr_gp)
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctrl)))))
      (a!16 (=> (bvuge #x02 p.nr_gp)
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctrl)))))
      (a!17 (=> (bvuge #x03 p.nr_gp)
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctrl)))))
      (a!18 (=> (bvuge #x00 p.nr_fixed)
                (not (= #b1 ((_ extract 32 32) p.hw_global_ctrl)))))
      (a!19 (=> (bvuge #x01 p.nr_fixed)
                (not (= #b1 ((_ extract 33 33) p.hw_global_ctrl)))))
      (a!20 (=> (bvuge #x02 p.nr_fixed)
                (not (= #b1 ((_ extract 34 34) p.hw_global_ctrl)))))
      (a!21 (=> (bvuge #x03 p.nr_fixed)
                (not (= #b1 ((_ extract 35 35) p.hw_global_ctrl)))))
      (a!22 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!31 (=> (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (and (=> (bvuge #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@guest|))
                     (=> (bvuge #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@guest|))
                     (=> (bvuge #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@guest|))
                     (=> (bvuge #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@guest|))
                     (=> (bvuge #x00 p.nr_fixed)
                         (not |p.hw_fixed_ctr[0]@guest|))
                     (=> (bvuge #x01 p.nr_fixed)
                         (not |p.hw_fixed_ctr[1]@guest|))
                     (=> (bvuge #x02 p.nr_fixed)
                         (not |p.hw_fixed_ctr[2]@guest|))
                     (=> (bvuge #x03 p.nr_fixed)
                         (not |p.hw_fixed_ctr[3]@guest|))))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!23 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x00 p.nr_gp))
                (not |p.hw_gp_ctr[0]@guest|)))
      (a!24 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x01 p.nr_gp))
                (not |p.hw_gp_ctr[1]@guest|)))
      (a!25 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x02 p.nr_gp))
                (not |p.hw_gp_ctr[2]@guest|)))
      (a!26 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x03 p.nr_gp))
                (not |p.hw_gp_ctr[3]@guest|)))
      (a!27 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x00 p.nr_fixed))
                (not |p.hw_fixed_ctr[0]@guest|)))
      (a!28 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x01 p.nr_fixed))
                (not |p.hw_fixed_ctr[1]@guest|)))
      (a!29 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x02 p.nr_fixed))
                (not |p.hw_fixed_ctr[2]@guest|)))
      (a!30 (=> (or (or (= #b00 p.ctx) a!22) (bvuge #x03 p.nr_fixed))
                (not |p.hw_fixed_ctr[3]@guest|))))
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
       a!5
       a!6
       a!7
       a!8
       a!9
       a!10
       a!11
       a!12
       (=> a!13 (and a!14 a!15 a!16 a!17 a!18 a!19 a!20 a!21))
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_ctrl_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_ctrl_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_ctrl_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_ctrl_rsvd)))
       (=> (bvuge #x00 p.nr_fixed)
           (= #b1 ((_ extract 32 32) p.global_ctrl_rsvd)))
       (=> (bvuge #x01 p.nr_fixed)
           (= #b1 ((_ extract 33 33) p.global_ctrl_rsvd)))
       (=> (bvuge #x02 p.nr_fixed)
           (= #b1 ((_ extract 34 34) p.global_ctrl_rsvd)))
       (=> (bvuge #x03 p.nr_fixed)
           (= #b1 ((_ extract 35 35) p.global_ctrl_rsvd)))
       (=> (not p.has_run) (and a!23 a!24 a!25 a!26 a!27 a!28 a!29 a!30))
       (=> (= #b10 p.ctx) p.has_run)
       (not p.cpuid_gp_width@guest)
       (not p.cpuid_fixed_width@guest)
       (not p.gp_counter_bitmask@guest)
       (not p.fixed_counter_bitmask@guest)
       (not |p.pmu_fixed_counter[3]@guest|)
       (not p.pending@guest)
       (not p.pending_index@guest)
       a!31
       (not a!31)))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_gp_width@guest p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_fixed_width@guest p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.gp_counter_bitmask@guest p.fixed_counter_bitmask p.fixed_counter_bitmask@guest p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_gp_ctr[0]@guest| |p.hw_gp_ctr[1]@guest| |p.hw_gp_ctr[2]@guest| |p.hw_gp_ctr[3]@guest| |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| |p.hw_fixed_ctr[0]@guest| |p.hw_fixed_ctr[1]@guest| |p.hw_fixed_ctr[2]@guest| |p.hw_fixed_ctr[3]@guest| p.hw_fixed_ctr_ctrl p.hw_global_ctrl |p.pmu_gp_counter[0]@guest| |p.pmu_gp_counter[1]@guest| |p.pmu_gp_counter[2]@guest| |p.pmu_gp_counter[3]@guest| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| |p.pmu_fixed_counter[0]@guest| |p.pmu_fixed_counter[1]@guest| |p.pmu_fixed_counter[2]@guest| |p.pmu_fixed_counter[3]@guest| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.ctx p.pending p.pending@guest p.pending_index p.pending_index@guest p.pending_data p.pending_data@guest
; invariant: (let ((a!1 (=> (bvuge #x00 p.nr_gp) (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl))))) (a!2 (=> (bvuge #x01 p.nr_gp) (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl))))) (a!3 (=> (bvuge #x02 p.nr_gp) (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl))))) (a!4 (=> (bvuge #x03 p.nr_gp) (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl))))) (a!5 (=> (bvuge #x00 p.nr_fixed) (not (= #b1 ((_ extract 32 32) p.pmu_global_ctrl))))) (a!6 (=> (bvuge #x01 p.nr_fixed) (not (= #b1 ((_ extract 33 33) p.pmu_global_ctrl))))) (a!7 (=> (bvuge #x02 p.nr_fixed) (not (= #b1 ((_ extract 34 34) p.pmu_global_ctrl))))) (a!8 (=> (bvuge #x03 p.nr_fixed) (not (= #b1 ((_ extract 35 35) p.pmu_global_ctrl))))) (a!9 (and (= #b10 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!10 (=> (bvuge #x00 p.nr_gp) (not (= #b1 ((_ extract 0 0) p.hw_global_ctrl))))) (a!11 (=> (bvuge #x01 p.nr_gp) (not (= #b1 ((_ extract 1 1) p.hw_global_ctrl))))) (a!12 (=> (bvuge #x02 p.nr_gp) (not (= #b1 ((_ extract 2 2) p.hw_global_ctrl))))) (a!13 (=> (bvuge #x03 p.nr_gp) (not (= #b1 ((_ extract 3 3) p.hw_global_ctrl))))) (a!14 (=> (bvuge #x00 p.nr_fixed) (not (= #b1 ((_ extract 32 32) p.hw_global_ctrl))))) (a!15 (=> (bvuge #x01 p.nr_fixed) (not (= #b1 ((_ extract 33 33) p.hw_global_ctrl))))) (a!16 (=> (bvuge #x02 p.nr_fixed) (not (= #b1 ((_ extract 34 34) p.hw_global_ctrl))))) (a!17 (=> (bvuge #x03 p.nr_fixed) (not (= #b1 ((_ extract 35 35) p.hw_global_ctrl))))) (a!18 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!27 (=> (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (and (=> (bvuge #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@guest|)) (=> (bvuge #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@guest|)) (=> (bvuge #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@guest|)) (=> (bvuge #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@guest|)) (=> (bvuge #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@guest|)) (=> (bvuge #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@guest|)) (=> (bvuge #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@guest|)) (=> (bvuge #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@guest|)))))) (let ((a!19 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x00 p.nr_gp)) (not |p.hw_gp_ctr[0]@guest|))) (a!20 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x01 p.nr_gp)) (not |p.hw_gp_ctr[1]@guest|))) (a!21 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x02 p.nr_gp)) (not |p.hw_gp_ctr[2]@guest|))) (a!22 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x03 p.nr_gp)) (not |p.hw_gp_ctr[3]@guest|))) (a!23 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x00 p.nr_fixed)) (not |p.hw_fixed_ctr[0]@guest|))) (a!24 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x01 p.nr_fixed)) (not |p.hw_fixed_ctr[1]@guest|))) (a!25 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x02 p.nr_fixed)) (not |p.hw_fixed_ctr[2]@guest|))) (a!26 (=> (or (or (= #b00 p.ctx) a!18) (bvuge #x03 p.nr_fixed)) (not |p.hw_fixed_ctr[3]@guest|)))) (and (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x03) a!1 a!2 a!3 a!4 a!5 a!6 a!7 a!8 (=> a!9 (and a!10 a!11 a!12 a!13 a!14 a!15 a!16 a!17)) (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_ctrl_rsvd))) (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_ctrl_rsvd))) (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_ctrl_rsvd))) (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_ctrl_rsvd))) (=> (bvuge #x00 p.nr_fixed) (= #b1 ((_ extract 32 32) p.global_ctrl_rsvd))) (=> (bvuge #x01 p.nr_fixed) (= #b1 ((_ extract 33 33) p.global_ctrl_rsvd))) (=> (bvuge #x02 p.nr_fixed) (= #b1 ((_ extract 34 34) p.global_ctrl_rsvd))) (=> (bvuge #x03 p.nr_fixed) (= #b1 ((_ extract 35 35) p.global_ctrl_rsvd))) (=> (not p.has_run) (and a!19 a!20 a!21 a!22 a!23 a!24 a!25 a!26)) (=> (= #b10 p.ctx) p.has_run) (not p.cpuid_gp_width@guest) (not p.cpuid_fixed_width@guest) (not p.gp_counter_bitmask@guest) (not p.fixed_counter_bitmask@guest) (not |p.pmu_fixed_counter[3]@guest|) (not p.pending@guest) (not p.pending_index@guest) a!27)))
; trigger: reached at depth 1
