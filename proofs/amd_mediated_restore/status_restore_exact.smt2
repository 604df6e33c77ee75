; vpmu-formal-certificate-1
; spec: amd_mediated_restore
; property: status_restore_exact
; key: a199a9714807ba15695fd5b0cf835f631070e444977753ef027bb97bd30ad838
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.pmu_global_status () (_ BitVec 64))
(declare-fun p.hw_global_status () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.entered_since_load () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.has_run () Bool)
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.global_rsvd () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[5]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[4]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[0]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[5]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[4]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[3]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[2]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[1]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[0]| () (_ BitVec 64))
(declare-fun p.hw_global_ctl () (_ BitVec 64))
(declare-fun p.arch_global_ctrl () (_ BitVec 64))
(declare-fun p.arch_global_status () (_ BitVec 64))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun |p.pmu_eventsel[5]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[4]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[3]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[0]| () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun p.cpuid_perfmon_v2 () Bool)
(declare-fun p.cpuid_perfctr_core () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun inp.kvm_set_msr.data () (_ BitVec 64))
(declare-fun inp.kvm_set_msr.host_initiated () Bool)
(declare-fun inp.kvm_set_msr.msr () (_ BitVec 32))
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_count.ovf () Bool)
(declare-fun inp.guest_count.i () (_ BitVec 8))
(declare-fun inp.host_mode_count.ovf () Bool)
(declare-fun inp.host_mode_count.i () (_ BitVec 8))
(declare-fun hvp.host_perf_activity.20 () (_ BitVec 64))
(declare-fun inp.kvm_set_cpuid.perfmon_v2 () Bool)
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdpmc.ecx () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inp.kvm_set_cpuid.perfctr_core () Bool)
(declare-fun inp.kvm_set_cpuid.num_core_pmc () (_ BitVec 4))
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.16 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.14 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.12 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.10 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.8 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (p.has_run Bool) (p.cpuid_perfctr_core Bool) (p.cpuid_perfmon_v2 Bool) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.global_rsvd (_ BitVec 64)) (|p.pmu_eventsel[0]| (_ BitVec 64)) (|p.pmu_eventsel[1]| (_ BitVec 64)) (|p.pmu_eventsel[2]| (_ BitVec 64)) (|p.pmu_eventsel[3]| (_ BitVec 64)) (|p.pmu_eventsel[4]| (_ BitVec 64)) (|p.pmu_eventsel[5]| (_ BitVec 64)) (|p.pmu_eventsel_hw[0]| (_ BitVec 64)) (|p.pmu_eventsel_hw[1]| (_ BitVec 64)) (|p.pmu_eventsel_hw[2]| (_ BitVec 64)) (|p.pmu_eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_eventsel_hw[4]| (_ BitVec 64)) (|p.pmu_eventsel_hw[5]| (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_status (_ BitVec 64)) (|p.hw_evtsel[0]| (_ BitVec 64)) (|p.hw_evtsel[1]| (_ BitVec 64)) (|p.hw_evtsel[2]| (_ BitVec 64)) (|p.hw_evtsel[3]| (_ BitVec 64)) (|p.hw_evtsel[4]| (_ BitVec 64)) (|p.hw_evtsel[5]| (_ BitVec 64)) (p.hw_global_ctl (_ BitVec 64)) (p.hw_global_status (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.entered_since_load Bool) (p.arch_global_ctrl (_ BitVec 64)) (p.arch_global_status (_ BitVec 64))) Bool
  (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (and (= #b01 p.ctx) (not p.entered_since_load))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!6 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!15 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!17 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!20 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!22 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!24 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!26 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!28 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!30 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!32 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!34 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!35 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!36 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!37 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl))))))
(let ((a!2 (=> (or a!1
                   (= #b00 p.ctx)
                   (and (= #b01 p.ctx) (not p.entered_since_load)))
               (and (= p.pmu_global_status p.arch_global_status)
                    (= p.pmu_global_ctrl p.arch_global_ctrl))))
      (a!4 (and (= #b10 p.ctx)
                (or a!1
                    (not (= p.nr_gp cfg.host_nr_gp))
                    (not (bvugt p.pmu_version #x01)))))
      (a!8 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!7))))
      (a!10 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!9))))
      (a!12 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!11))))
      (a!14 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!13))))
      (a!16 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!15))))
      (a!18 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!17))))
      (a!21 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                      (not a!20))))
      (a!23 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                      (not a!22))))
      (a!25 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                      (not a!24))))
      (a!27 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                      (not a!26))))
      (a!29 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!28))))
      (a!31 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!30)))))
(let ((a!5 (and (or (= #b01 p.ctx) a!4)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!19 (=> a!6
                (and (=> (bvult #x00 p.nr_gp) a!8)
                     (=> (bvult #x01 p.nr_gp) a!10)
                     (=> (bvult #x02 p.nr_gp) a!12)
                     (=> (bvult #x03 p.nr_gp) a!14)
                     (=> (bvult #x04 p.nr_gp) a!16)
                     (=> (bvult #x05 p.nr_gp) a!18)))))
  (and a!2
       (=> a!3
           (and (= p.hw_global_ctl p.pmu_global_ctrl)
                (= p.hw_global_status p.pmu_global_status)))
       (=> a!5 (= p.hw_global_ctl p.pmu_global_ctrl))
       a!19
       a!21
       a!23
       a!25
       a!27
       a!29
       a!31
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!32
       a!33
       a!34
       a!35
       a!36
       a!37
       (bvule p.nr_gp cfg.host_nr_gp)
       (=> (= #b10 p.ctx) p.entered_since_load)
       (=> (not (= #b00 p.ctx)) p.has_run)
       (=> a!3 (= p.hw_global_status p.pmu_global_status)))))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (and (= #b01 p.ctx) (not p.entered_since_load))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!6 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!15 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!17 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!20 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!22 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!24 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!26 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!28 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!30 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!32 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!34 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!35 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!36 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!37 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl))))))
(let ((a!2 (=> (or a!1
                   (= #b00 p.ctx)
                   (and (= #b01 p.ctx) (not p.entered_since_load)))
               (and (= p.pmu_global_status p.arch_global_status)
                    (= p.pmu_global_ctrl p.arch_global_ctrl))))
      (a!4 (and (= #b10 p.ctx)
                (or a!1
                    (not (= p.nr_gp cfg.host_nr_gp))
                    (not (bvugt p.pmu_version #x01)))))
      (a!8 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!7))))
      (a!10 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!9))))
      (a!12 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!11))))
      (a!14 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!13))))
      (a!16 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!15))))
      (a!18 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!17))))
      (a!21 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                      (not a!20))))
      (a!23 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                      (not a!22))))
      (a!25 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                      (not a!24))))
      (a!27 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                      (not a!26))))
      (a!29 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!28))))
      (a!31 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!30)))))
(let ((a!5 (and (or (= #b01 p.ctx) a!4)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!19 (=> a!6
                (and (=> (bvult #x00 p.nr_gp) a!8)
                     (=> (bvult #x01 p.nr_gp) a!10)
                     (=> (bvult #x02 p.nr_gp) a!12)
                     (=> (bvult #x03 p.nr_gp) a!14)
                     (=> (bvult #x04 p.nr_gp) a!16)
                     (=> (bvult #x05 p.nr_gp) a!18)))))
(let ((a!38 (and a!2
                 (=> a!3
                     (and (= p.hw_global_ctl p.pmu_global_ctrl)
                          (= p.hw_global_status p.pmu_global_status)))
                 (=> a!5 (= p.hw_global_ctl p.pmu_global_ctrl))
                 a!19
                 a!21
                 a!23
                 a!25
                 a!27
                 a!29
                 a!31
                 (=> (bvuge #x00 p.nr_gp)
                     (= #b1 ((_ extract 0 0) p.global_rsvd)))
                 (=> (bvuge #x01 p.nr_gp)
                     (= #b1 ((_ extract 1 1) p.global_rsvd)))
                 (=> (bvuge #x02 p.nr_gp)
                     (= #b1 ((_ extract 2 2) p.global_rsvd)))
                 (=> (bvuge #x03 p.nr_gp)
                     (= #b1 ((_ extract 3 3) p.global_rsvd)))
                 (=> (bvuge #x04 p.nr_gp)
                     (= #b1 ((_ extract 4 4) p.global_rsvd)))
                 (=> (bvuge #x05 p.nr_gp)
                     (= #b1 ((_ extract 5 5) p.global_rsvd)))
                 a!32
                 a!33
                 a!34
                 a!35
                 a!36
                 a!37
                 (bvule p.nr_gp cfg.host_nr_gp)
                 (=> (= #b10 p.ctx) p.entered_since_load)
                 (=> (not (= #b00 p.ctx)) p.has_run)
                 (=> a!3 (= p.hw_global_status p.pmu_global_status)))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       (= p.has_run false)
       (= p.cpuid_perfctr_core false)
       (= p.cpuid_perfmon_v2 false)
       (= #x00 p.pmu_version)
       (= #x00 p.nr_gp)
       (= #x0000000000000000 p.gp_counter_bitmask)
       (= #xffffffffffffffff p.global_rsvd)
       (= #x0000000000000000 |p.pmu_eventsel[0]|)
       (= #x0000000000000000 |p.pmu_eventsel[1]|)
       (= #x0000000000000000 |p.pmu_eventsel[2]|)
       (= #x0000000000000000 |p.pmu_eventsel[3]|)
       (= #x0000000000000000 |p.pmu_eventsel[4]|)
       (= #x0000000000000000 |p.pmu_eventsel[5]|)
       (= #x0000000000000000 |p.pmu_eventsel_hw[0]|)
       (= #x0000000000000000 |p.pmu_eventsel_hw[1]|)
       (= #x0000000000000000 |p.pmu_eventsel_hw[2]|)
       (= #x0000000000000000 |p.pmu_eventsel_hw[3]|)
       (= #x0000000000000000 |p.pmu_eventsel_hw[4]|)
       (= #x0000000000000000 |p.pmu_eventsel_hw[5]|)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= #x0000000000000000 p.pmu_global_status)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (= p.entered_since_load false)
       (= #x0000000000000000 p.arch_global_ctrl)
       (= #x0000000000000000 p.arch_global_status)
       (not a!38)))))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (and (= #b01 p.ctx) (not p.entered_since_load))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!6 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!15 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!17 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!20 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!22 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!24 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!26 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!28 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!30 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!32 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!34 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!35 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!36 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!37 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!38 (and (= #xa actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_rdmsr.msr #xc0010000)
                          (bvule inp.guest_rdmsr.msr #xc0010007))
                     (and (bvuge inp.guest_rdmsr.msr #xc0010200)
                          (bvule inp.guest_rdmsr.msr #xc001020b))
                     (and (bvuge inp.guest_rdmsr.msr #xc0000300)
                          (bvule inp.guest_rdmsr.msr #xc0000303)))))
      (a!39 (and (= #xc actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                          (bvule inp.guest_wrmsr.msr #xc0010007))
                     (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                          (bvule inp.guest_wrmsr.msr #xc001020b))
                     (and (bvuge inp.guest_wrmsr.msr #xc0000300)
                          (bvule inp.guest_wrmsr.msr #xc0000303)))))
      (a!40 (and (= #b00 p.pending)
                 (or (and (bvuge inp.kvm_set_msr.msr #xc0010000)
                          (bvule inp.kvm_set_msr.msr #xc0010007))
                     (and (bvuge inp.kvm_set_msr.msr #xc0010200)
                          (bvule inp.kvm_set_msr.msr #xc001020b))
                     (and (bvuge inp.kvm_set_msr.msr #xc0000300)
                          (bvule inp.kvm_set_msr.msr #xc0000303)))))
      (a!42 (not (= #x00
                    (ite (= #x0 actp)
                         (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)
                         p.pmu_version))))
      (a!44 (or (not (= ((_ extract 31 8) inp.guest_rdpmc.ecx) #x000000))
                (bvule cfg.host_nr_gp ((_ extract 7 0) inp.guest_rdpmc.ecx))))
      (a!45 (or (not (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                        #b000000000000000))
                (bvule #b10000000000000000
                       ((_ extract 16 0) inp.guest_rdpmc.ecx))))
      (a!48 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x00)))
      (a!49 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x01)))
      (a!50 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x02)))
      (a!51 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x03)))
      (a!52 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.cpuid_perfctr_core))
      (a!73 (ite (= #x1 actp)
                 false
                 (ite (= #x2 actp) true p.entered_since_load)))
      (a!74 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.hw_global_status
                 p.pmu_global_status))
      (a!75 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010000)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!76 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010200)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc001020b)))
      (a!77 (bvnot (bvor (bvnot p.global_rsvd)
                         (bvnot (ite inp.kvm_set_msr.host_initiated
                                     inp.kvm_set_msr.data
                                     p.pending_data)))))
      (a!78 (ite (not inp.kvm_set_msr.host_initiated)
                 (bvand p.pmu_global_status
                        (bvnot (ite inp.kvm_set_msr.host_initiated
                                    inp.kvm_set_msr.data
                                    p.pending_data)))
                 p.pmu_global_status))
      (a!79 (ite (not inp.kvm_set_msr.host_initiated)
                 (bvor p.pmu_global_status
                       (bvand (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.data
                                   p.pending_data)
                              (bvnot p.global_rsvd)))
                 p.pmu_global_status))
      (a!84 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.hw_global_status
                 p.arch_global_status))
      (a!86 (ite (not inp.kvm_set_msr.host_initiated)
                 (bvand p.pmu_global_status
                        (bvnot (ite inp.kvm_set_msr.host_initiated
                                    inp.kvm_set_msr.data
                                    p.pending_data)))
                 p.arch_global_status))
      (a!87 (ite (not inp.kvm_set_msr.host_initiated)
                 (bvor p.pmu_global_status
                       (bvand (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.data
                                   p.pending_data)
                              (bvnot p.global_rsvd)))
                 p.arch_global_status))
      (a!92 (ite (bvult ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                        (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                 ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                 (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!93 (ite (bvult #x06
                        (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                 #x06
                 (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!94 (ite (bvult #x04
                        (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                 #x04
                 (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!96 (and cfg.enable_mediated_pmu
                 (not (= #x00 (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)))))
      (a!109 (ite (= #xc0000300
                     (ite inp.kvm_set_msr.host_initiated
                          inp.kvm_set_msr.msr
                          p.pending_index))
                  p.pmu_global_ctrl
                  (ite (= #xc0000301
                          (ite inp.kvm_set_msr.host_initiated
                               inp.kvm_set_msr.msr
                               p.pending_index))
                       (bvand (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.data
                                   p.pending_data)
                              (bvnot p.global_rsvd))
                       p.pmu_global_ctrl)))
      (a!114 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_ctl
                  p.arch_global_ctrl))
      (a!115 (ite (= #xc0000300
                     (ite inp.kvm_set_msr.host_initiated
                          inp.kvm_set_msr.msr
                          p.pending_index))
                  p.arch_global_ctrl
                  (ite (= #xc0000301
                          (ite inp.kvm_set_msr.host_initiated
                               inp.kvm_set_msr.msr
                               p.pending_index))
                       (bvand (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.data
                                   p.pending_data)
                              (bvnot p.global_rsvd))
                       p.arch_global_ctrl)))
      (a!120 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctl))
      (a!121 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctl))
      (a!122 (or (and (bvuge inp.guest_wrmsr.msr #xc0010004)
                      (bvule inp.guest_wrmsr.msr #xc0010007))
                 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                           (bvule inp.guest_wrmsr.msr #xc001020b))
                      (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!123 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                       (bvule inp.guest_wrmsr.msr #xc001020b))
                  (not (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!127 (ite (= #x0000000000000000
                     (bvand p.hw_global_status (bvnot p.hw_global_status)))
                  #x0000000000000000
                  (bvand p.hw_global_status (bvnot p.hw_global_status))))
      (a!136 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|)))))
      (a!137 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|)))))
      (a!138 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|)))))
      (a!139 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|)))))
      (a!140 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|)))))
      (a!141 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|)))))
      (a!148 (ite (= #x0000000000000000
                     (bvand p.hw_global_status (bvnot inp.guest_wrmsr.data)))
                  #x0000000000000000
                  (bvand p.hw_global_status (bvnot inp.guest_wrmsr.data))))
      (a!155 (not (bvugt (ite (= #x0 actp)
                              (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)
                              p.pmu_version)
                         #x01)))
      (a!158 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_eventsel_hw[0]|
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!159 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) #x0000000000000000 |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!160 (ite (and (bvule #xc0010200 inp.guest_wrmsr.msr)
                       (bvule inp.guest_wrmsr.msr #xc001020b))
                  (concat #b0
                          ((_ extract 31 1)
                            (bvadd #x3ffefe00 inp.guest_wrmsr.msr)))
                  (ite (and (bvule #xc0010004 inp.guest_wrmsr.msr)
                            (bvule inp.guest_wrmsr.msr #xc0010007))
                       (bvadd #x3ffefffc inp.guest_wrmsr.msr)
                       (bvadd #x3fff0000 inp.guest_wrmsr.msr))))
      (a!166 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]|
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!167 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) #x0000000000000000 |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!173 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]|
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!174 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) #x0000000000000000 |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!180 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]|
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!181 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) #x0000000000000000 |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!187 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]|
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!188 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp) #x0000000000000000 |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!194 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]|
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!195 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp) #x0000000000000000 |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!202 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010004)
                  (bvule (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010007)))
      (a!207 (and (bvule #xc0010200
                         (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index))
                  (bvule (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc001020b)))
      (a!208 (and (bvule #xc0010004
                         (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index))
                  (bvule (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010007)))
      (a!211 (concat #b0
                     ((_ extract 31 9)
                       (bvadd #x3ffefe00
                              (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)))))
      (a!214 (concat #b0
                     ((_ extract 31 1)
                       (bvadd #x3ffefe00
                              (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)))))
      (a!216 (bvor (bvand (bvand (ite inp.kvm_set_msr.host_initiated
                                      inp.kvm_set_msr.data
                                      p.pending_data)
                                 (bvnot #xfffffff000280000))
                          (bvnot #x0000020000000000))
                   #x0000010000000000)))
(let ((a!2 (=> (or a!1
                   (= #b00 p.ctx)
                   (and (= #b01 p.ctx) (not p.entered_since_load)))
               (and (= p.pmu_global_status p.arch_global_status)
                    (= p.pmu_global_ctrl p.arch_global_ctrl))))
      (a!4 (or (or a!1 (not (= p.nr_gp cfg.host_nr_gp)))
               (not (bvugt p.pmu_version #x01))))
      (a!8 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!7))))
      (a!10 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!9))))
      (a!12 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!11))))
      (a!14 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!13))))
      (a!16 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!15))))
      (a!18 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!17))))
      (a!21 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                      (not a!20))))
      (a!23 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                      (not a!22))))
      (a!25 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                      (not a!24))))
      (a!27 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                      (not a!26))))
      (a!29 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!28))))
      (a!31 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!30))))
      (a!41 (or (and (= #x0 actp)
                     (= #b00 p.ctx)
                     (not p.has_run)
                     (= #b00 p.pending))
                (and (= #x1 actp) (= #b00 p.ctx) (= #b00 p.pending))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b01 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                (and (= #x8 actp) (and (= #b10 p.ctx) (= #b00 p.pending)))
                (and (= #x9 actp) (= #b00 p.ctx) (= #b01 p.pending))
                a!38
                (and (= #xb actp) (= #b00 p.ctx) (= #b10 p.pending))
                a!39
                (and (= #xd actp)
                     (= #b00 p.ctx)
                     (ite inp.kvm_set_msr.host_initiated
                          a!40
                          (= #b11 p.pending)))))
      (a!43 (or cfg.enable_vmware_backdoor
                (or a!1 (not (= p.nr_gp cfg.host_nr_gp)))
                (not (= #x0000ffffffffffff p.gp_counter_bitmask))))
      (a!46 (not (and cfg.enable_vmware_backdoor
                      a!45
                      (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                         #b000000000000000)
                      (bvule ((_ extract 16 0) inp.guest_rdpmc.ecx)
                             #b10000000000000010))))
      (a!80 (ite (= #xc0000301
                    (ite inp.kvm_set_msr.host_initiated
                         inp.kvm_set_msr.msr
                         p.pending_index))
                 p.pmu_global_status
                 (ite (= #xc0000302
                         (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index))
                      a!78
                      a!79)))
      (a!85 (ite inp.kvm_set_msr.host_initiated
                 (ite (= a!77 #x0000000000000000)
                      (ite (= a!77 #x0000000000000000)
                           (ite inp.kvm_set_msr.host_initiated
                                inp.kvm_set_msr.data
                                p.pending_data)
                           p.pmu_global_status)
                      p.arch_global_status)
                 p.arch_global_status))
      (a!88 (ite (= #xc0000301
                    (ite inp.kvm_set_msr.host_initiated
                         inp.kvm_set_msr.msr
                         p.pending_index))
                 p.arch_global_status
                 (ite (= #xc0000302
                         (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index))
                      a!86
                      a!87)))
      (a!95 (not (= #x00
                    (ite inp.kvm_set_cpuid.perfmon_v2
                         a!92
                         (ite inp.kvm_set_cpuid.perfctr_core a!93 a!94)))))
      (a!98 (bvshl #x0000000000000001
                   ((_ zero_extend 56)
                     (ite inp.kvm_set_cpuid.perfmon_v2
                          a!92
                          (ite inp.kvm_set_cpuid.perfctr_core a!93 a!94)))))
      (a!110 (ite (and a!75 (= #x00 p.pmu_version))
                  p.pmu_global_ctrl
                  (ite (or a!75 a!76)
                       p.pmu_global_ctrl
                       (ite (bvule p.pmu_version #x01) p.pmu_global_ctrl a!109))))
      (a!116 (ite (and a!75 (= #x00 p.pmu_version))
                  p.arch_global_ctrl
                  (ite (or a!75 a!76)
                       p.arch_global_ctrl
                       (ite (bvule p.pmu_version #x01) p.arch_global_ctrl a!115))))
      (a!124 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!123)
                  p.hw_global_ctl
                  (ite (= #xc0000301 inp.guest_wrmsr.msr)
                       inp.guest_wrmsr.data
                       p.hw_global_ctl)))
      (a!128 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvor a!127 p.pmu_global_status)
                  p.hw_global_status))
      (a!129 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!127
                  p.hw_global_status))
      (a!130 (ite (and (= #x00 inp.host_mode_count.i)
                       (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                       (not a!7))
                  (bvor p.hw_global_status
                        (ite inp.host_mode_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000000)
                             #x0000000000000000))
                  p.hw_global_status))
      (a!142 (ite (and (= #x00 inp.guest_count.i)
                       (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                       (not a!141))
                  (bvor p.hw_global_status
                        (ite inp.guest_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000000)
                             #x0000000000000000))
                  p.hw_global_status))
      (a!149 (ite (= #xc0000301 inp.guest_wrmsr.msr)
                  p.hw_global_status
                  (ite (= #xc0000300 inp.guest_wrmsr.msr)
                       p.hw_global_status
                       (ite (= #xc0000302 inp.guest_wrmsr.msr)
                            a!148
                            (bvor p.hw_global_status inp.guest_wrmsr.data)))))
      (a!154 (ite (= #x0 actp)
                  (ite inp.kvm_set_cpuid.perfmon_v2
                       a!92
                       (ite inp.kvm_set_cpuid.perfctr_core a!93 a!94))
                  p.nr_gp))
      (a!161 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!123)
                  (ite (= a!160 #x00000000)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!168 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!123)
                  (ite (= a!160 #x00000001)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!175 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!123)
                  (ite (= a!160 #x00000002)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!182 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!123)
                  (ite (= a!160 #x00000003)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!189 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!123)
                  (ite (= a!160 #x00000004)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!196 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!123)
                  (ite (= a!160 #x00000005)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!203 (and a!76
                  (= #b1
                     ((_ extract 0 0)
                       (ite inp.kvm_set_msr.host_initiated
                            inp.kvm_set_msr.msr
                            p.pending_index)))))
      (a!204 (ite a!76
                  (bvlshr (bvsub (ite inp.kvm_set_msr.host_initiated
                                      inp.kvm_set_msr.msr
                                      p.pending_index)
                                 #xc0010200)
                          #x00000001)
                  (ite a!202
                       (bvsub (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)
                              #xc0010004)
                       (bvsub (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)
                              #xc0010000))))
      (a!209 (ite a!208
                  (bvadd #xfc
                         (ite inp.kvm_set_msr.host_initiated
                              ((_ extract 7 0) inp.kvm_set_msr.msr)
                              ((_ extract 7 0) p.pending_index)))
                  (ite inp.kvm_set_msr.host_initiated
                       ((_ extract 7 0) inp.kvm_set_msr.msr)
                       ((_ extract 7 0) p.pending_index))))
      (a!212 (ite a!208
                  ((_ extract 31 8)
                    (bvadd #x3ffefffc
                           (ite inp.kvm_set_msr.host_initiated
                                inp.kvm_set_msr.msr
                                p.pending_index)))
                  ((_ extract 31 8)
                    (bvadd #x3fff0000
                           (ite inp.kvm_set_msr.host_initiated
                                inp.kvm_set_msr.msr
                                p.pending_index)))))
      (a!215 (ite a!207
                  a!214
                  (ite a!208
                       (bvadd #x3ffefffc
                              (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index))
                       (bvadd #x3fff0000
                              (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index))))))
(let ((a!5 (and (or (= #b01 p.ctx) (and (= #b10 p.ctx) a!4))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!19 (=> a!6
                (and (=> (bvult #x00 p.nr_gp) a!8)
                     (=> (bvult #x01 p.nr_gp) a!10)
                     (=> (bvult #x02 p.nr_gp) a!12)
                     (=> (bvult #x03 p.nr_gp) a!14)
                     (=> (bvult #x04 p.nr_gp) a!16)
                     (=> (bvult #x05 p.nr_gp) a!18))))
      (a!47 (ite a!43 (ite (not (and a!44 a!46)) #b01 p.ctx) p.ctx))
      (a!53 (ite (= #xc0000300 inp.guest_rdmsr.msr)
                 a!4
                 (ite (= #xc0000302 inp.guest_rdmsr.msr)
                      a!4
                      (ite (= #xc0000303 inp.guest_rdmsr.msr) a!4 true))))
      (a!61 (ite (= #xc0000300 inp.guest_wrmsr.msr)
                 a!4
                 (ite (= #xc0000302 inp.guest_wrmsr.msr)
                      a!4
                      (ite (= #xc0000303 inp.guest_wrmsr.msr) a!4 true))))
      (a!81 (ite (= #xc0000300
                    (ite inp.kvm_set_msr.host_initiated
                         inp.kvm_set_msr.msr
                         p.pending_index))
                 (ite inp.kvm_set_msr.host_initiated
                      (ite (= a!77 #x0000000000000000)
                           (ite inp.kvm_set_msr.host_initiated
                                inp.kvm_set_msr.data
                                p.pending_data)
                           p.pmu_global_status)
                      p.pmu_global_status)
                 a!80))
      (a!89 (ite (bvule p.pmu_version #x01)
                 p.arch_global_status
                 (ite (= #xc0000300
                         (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index))
                      a!85
                      a!88)))
      (a!97 (and a!95
                 (or (bvugt (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01) #x01)
                     a!96)))
      (a!99 (ite (= #xc0000301 #xc0000300)
                 a!4
                 (ite (= #xc0000301 #xc0000302)
                      a!4
                      (ite (= #xc0000301 #xc0000303) a!4 true))))
      (a!131 (ite (and (= #x01 inp.host_mode_count.i)
                       (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                       (not a!9))
                  (bvor a!130
                        (ite inp.host_mode_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000001)
                             #x0000000000000000))
                  a!130))
      (a!143 (ite (and (= #x01 inp.guest_count.i)
                       (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                       (not a!140))
                  (bvor a!142
                        (ite inp.guest_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000001)
                             #x0000000000000000))
                  a!142))
      (a!150 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!123)
                  p.hw_global_status
                  a!149))
      (a!205 (ite (= #x00000002 a!204)
                  |p.pmu_eventsel[2]|
                  (ite (= #x00000003 a!204)
                       |p.pmu_eventsel[3]|
                       (ite (= #x00000004 a!204)
                            |p.pmu_eventsel[4]|
                            |p.pmu_eventsel[5]|))))
      (a!210 (ite a!207
                  ((_ extract 8 1)
                    (bvadd #x3ffefe00
                           (ite inp.kvm_set_msr.host_initiated
                                inp.kvm_set_msr.msr
                                p.pending_index)))
                  a!209))
      (a!247 (ite (= #x0 actp)
                  (ite (bvugt (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01) #x01)
                       (bvnot (bvsub a!98 #x0000000000000001))
                       #xffffffffffffffff)
                  p.global_rsvd)))
(let ((a!54 (ite (= #xc001020b inp.guest_rdmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x05)))
                 (ite (= #xc0000301 inp.guest_rdmsr.msr) a!4 a!53)))
      (a!62 (ite (= #xc001020b inp.guest_wrmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x05)))
                 (ite (= #xc0000301 inp.guest_wrmsr.msr) a!4 a!61)))
      (a!82 (ite (and a!75 (= #x00 p.pmu_version))
                 p.pmu_global_status
                 (ite (or a!75 a!76)
                      p.pmu_global_status
                      (ite (bvule p.pmu_version #x01) p.pmu_global_status a!81))))
      (a!90 (ite (= #xd actp)
                 (ite (and a!75 (= #x00 p.pmu_version))
                      p.arch_global_status
                      (ite (or a!75 a!76) p.arch_global_status a!89))
                 p.arch_global_status))
      (a!100 (ite (= #xc0000301 #xc001020b)
                  (not (and a!52 (bvugt p.nr_gp #x05)))
                  (ite (= #xc0000301 #xc0000301) a!4 a!99)))
      (a!117 (ite (= #x0 actp)
                  (ite a!97 (bvsub a!98 #x0000000000000001) #x0000000000000000)
                  (ite (= #x4 actp)
                       a!114
                       (ite (= #xd actp) a!116 p.arch_global_ctrl))))
      (a!132 (ite (and (= #x02 inp.host_mode_count.i)
                       (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                       (not a!11))
                  (bvor a!131
                        (ite inp.host_mode_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000002)
                             #x0000000000000000))
                  a!131))
      (a!144 (ite (and (= #x02 inp.guest_count.i)
                       (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                       (not a!139))
                  (bvor a!143
                        (ite inp.guest_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000002)
                             #x0000000000000000))
                  a!143))
      (a!206 (= (bvand (ite inp.kvm_set_msr.host_initiated
                            inp.kvm_set_msr.data
                            p.pending_data)
                       (bvnot #xfffffff000280000))
                (ite (= #x00000000 a!204)
                     |p.pmu_eventsel[0]|
                     (ite (= #x00000001 a!204) |p.pmu_eventsel[1]| a!205))))
      (a!213 (or (= p.pmu_version #x00)
                 (and (bvule #xc0010200
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index))
                      (bvule (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)
                             #xc001020b)
                      (not p.cpuid_perfctr_core))
                 (bvule p.nr_gp a!210)
                 (not (= (ite a!207 a!211 a!212) #x000000)))))
(let ((a!55 (ite (= #xc0010209 inp.guest_rdmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x04)))
                 a!54))
      (a!63 (ite (= #xc0010209 inp.guest_wrmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x04)))
                 a!62))
      (a!83 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #x4 actp)
                      a!74
                      (ite (= #xd actp) a!82 p.pmu_global_status))))
      (a!101 (ite (= #xc0000301 #xc0010209)
                  (not (and a!52 (bvugt p.nr_gp #x04)))
                  a!100))
      (a!133 (ite (and (= #x03 inp.host_mode_count.i)
                       (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                       (not a!13))
                  (bvor a!132
                        (ite inp.host_mode_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000003)
                             #x0000000000000000))
                  a!132))
      (a!145 (ite (and (= #x03 inp.guest_count.i)
                       (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                       (not a!138))
                  (bvor a!144
                        (ite inp.guest_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000003)
                             #x0000000000000000))
                  a!144))
      (a!217 (ite (not a!206)
                  (ite (and (not a!213) (= a!215 #x00000000))
                       a!216
                       |p.pmu_eventsel_hw[0]|)
                  |p.pmu_eventsel_hw[0]|))
      (a!222 (ite (not a!206)
                  (ite (and (not a!213) (= a!215 #x00000001))
                       a!216
                       |p.pmu_eventsel_hw[1]|)
                  |p.pmu_eventsel_hw[1]|))
      (a!227 (ite (not a!206)
                  (ite (and (not a!213) (= a!215 #x00000002))
                       a!216
                       |p.pmu_eventsel_hw[2]|)
                  |p.pmu_eventsel_hw[2]|))
      (a!232 (ite (not a!206)
                  (ite (and (not a!213) (= a!215 #x00000003))
                       a!216
                       |p.pmu_eventsel_hw[3]|)
                  |p.pmu_eventsel_hw[3]|))
      (a!237 (ite (not a!206)
                  (ite (and (not a!213) (= a!215 #x00000004))
                       a!216
                       |p.pmu_eventsel_hw[4]|)
                  |p.pmu_eventsel_hw[4]|))
      (a!242 (ite (not a!206)
                  (ite (and (not a!213) (= a!215 #x00000005))
                       a!216
                       |p.pmu_eventsel_hw[5]|)
                  |p.pmu_eventsel_hw[5]|)))
(let ((a!56 (ite (= #xc0010207 inp.guest_rdmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x03)))
                 a!55))
      (a!64 (ite (= #xc0010207 inp.guest_wrmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x03)))
                 a!63))
      (a!91 (= a!83
               (ite (= #x0 actp)
                    #x0000000000000000
                    (ite (= #x4 actp) a!84 a!90))))
      (a!102 (ite (= #xc0000301 #xc0010207)
                  (not (and a!52 (bvugt p.nr_gp #x03)))
                  a!101))
      (a!134 (ite (and (= #x04 inp.host_mode_count.i)
                       (bvult #x04 cfg.host_nr_gp)
                       (= #b1 ((_ extract 4 4) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                       (not a!15))
                  (bvor a!133
                        (ite inp.host_mode_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000004)
                             #x0000000000000000))
                  a!133))
      (a!146 (ite (and (= #x04 inp.guest_count.i)
                       (bvult #x04 cfg.host_nr_gp)
                       (= #b1 ((_ extract 4 4) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                       (not a!137))
                  (bvor a!145
                        (ite inp.guest_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000004)
                             #x0000000000000000))
                  a!145))
      (a!218 (ite (and a!75 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[0]|
                  (ite (or a!75 a!76)
                       (ite (or a!202 a!203) |p.pmu_eventsel_hw[0]| a!217)
                       |p.pmu_eventsel_hw[0]|)))
      (a!223 (ite (and a!75 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[1]|
                  (ite (or a!75 a!76)
                       (ite (or a!202 a!203) |p.pmu_eventsel_hw[1]| a!222)
                       |p.pmu_eventsel_hw[1]|)))
      (a!228 (ite (and a!75 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[2]|
                  (ite (or a!75 a!76)
                       (ite (or a!202 a!203) |p.pmu_eventsel_hw[2]| a!227)
                       |p.pmu_eventsel_hw[2]|)))
      (a!233 (ite (and a!75 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[3]|
                  (ite (or a!75 a!76)
                       (ite (or a!202 a!203) |p.pmu_eventsel_hw[3]| a!232)
                       |p.pmu_eventsel_hw[3]|)))
      (a!238 (ite (and a!75 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[4]|
                  (ite (or a!75 a!76)
                       (ite (or a!202 a!203) |p.pmu_eventsel_hw[4]| a!237)
                       |p.pmu_eventsel_hw[4]|)))
      (a!243 (ite (and a!75 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[5]|
                  (ite (or a!75 a!76)
                       (ite (or a!202 a!203) |p.pmu_eventsel_hw[5]| a!242)
                       |p.pmu_eventsel_hw[5]|))))
(let ((a!57 (ite (= #xc0010205 inp.guest_rdmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x02)))
                 a!56))
      (a!65 (ite (= #xc0010205 inp.guest_wrmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x02)))
                 a!64))
      (a!103 (ite (= #xc0000301 #xc0010205)
                  (not (and a!52 (bvugt p.nr_gp #x02)))
                  a!102))
      (a!135 (ite (and (= #x05 inp.host_mode_count.i)
                       (bvult #x05 cfg.host_nr_gp)
                       (= #b1 ((_ extract 5 5) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                       (not a!17))
                  (bvor a!134
                        (ite inp.host_mode_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000005)
                             #x0000000000000000))
                  a!134))
      (a!147 (ite (and (= #x05 inp.guest_count.i)
                       (bvult #x05 cfg.host_nr_gp)
                       (= #b1 ((_ extract 5 5) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                       (not a!136))
                  (bvor a!146
                        (ite inp.guest_count.ovf
                             (bvshl #x0000000000000001 #x0000000000000005)
                             #x0000000000000000))
                  a!146))
      (a!219 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!218 |p.pmu_eventsel_hw[0]|)))
      (a!224 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!223 |p.pmu_eventsel_hw[1]|)))
      (a!229 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!228 |p.pmu_eventsel_hw[2]|)))
      (a!234 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!233 |p.pmu_eventsel_hw[3]|)))
      (a!239 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!238 |p.pmu_eventsel_hw[4]|)))
      (a!244 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!243 |p.pmu_eventsel_hw[5]|))))
(let ((a!58 (ite (= #xc0010203 inp.guest_rdmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x01)))
                 a!57))
      (a!66 (ite (= #xc0010203 inp.guest_wrmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x01)))
                 a!65))
      (a!104 (ite (= #xc0000301 #xc0010203)
                  (not (and a!52 (bvugt p.nr_gp #x01)))
                  a!103))
      (a!220 (and (= #b1 ((_ extract 40 40) a!219))
                  (not (= #b1 ((_ extract 41 41) a!219)))))
      (a!225 (and (= #b1 ((_ extract 40 40) a!224))
                  (not (= #b1 ((_ extract 41 41) a!224)))))
      (a!230 (and (= #b1 ((_ extract 40 40) a!229))
                  (not (= #b1 ((_ extract 41 41) a!229)))))
      (a!235 (and (= #b1 ((_ extract 40 40) a!234))
                  (not (= #b1 ((_ extract 41 41) a!234)))))
      (a!240 (and (= #b1 ((_ extract 40 40) a!239))
                  (not (= #b1 ((_ extract 41 41) a!239)))))
      (a!245 (and (= #b1 ((_ extract 40 40) a!244))
                  (not (= #b1 ((_ extract 41 41) a!244))))))
(let ((a!59 (ite (= #xc0010201 inp.guest_rdmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x00)))
                 a!58))
      (a!67 (ite (= #xc0010201 inp.guest_wrmsr.msr)
                 (not (and a!52 (bvugt p.nr_gp #x00)))
                 a!66))
      (a!105 (ite (= #xc0000301 #xc0010201)
                  (not (and a!52 (bvugt p.nr_gp #x00)))
                  a!104))
      (a!221 (not (and (= #b1 ((_ extract 22 22) a!219)) (not a!220))))
      (a!226 (not (and (= #b1 ((_ extract 22 22) a!224)) (not a!225))))
      (a!231 (not (and (= #b1 ((_ extract 22 22) a!229)) (not a!230))))
      (a!236 (not (and (= #b1 ((_ extract 22 22) a!234)) (not a!235))))
      (a!241 (not (and (= #b1 ((_ extract 22 22) a!239)) (not a!240))))
      (a!246 (not (and (= #b1 ((_ extract 22 22) a!244)) (not a!245)))))
(let ((a!60 (ite (= #xc0010005 inp.guest_rdmsr.msr)
                 (not a!49)
                 (ite (= #xc0010006 inp.guest_rdmsr.msr)
                      (not a!50)
                      (ite (= #xc0010007 inp.guest_rdmsr.msr) (not a!51) a!59))))
      (a!68 (ite (= #xc0010005 inp.guest_wrmsr.msr)
                 (not a!49)
                 (ite (= #xc0010006 inp.guest_wrmsr.msr)
                      (not a!50)
                      (ite (= #xc0010007 inp.guest_wrmsr.msr) (not a!51) a!67))))
      (a!106 (ite (= #xc0000301 #xc0010005)
                  (not a!49)
                  (ite (= #xc0000301 #xc0010006)
                       (not a!50)
                       (ite (= #xc0000301 #xc0010007) (not a!51) a!105)))))
(let ((a!69 (ite (= #xc actp)
                 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                      #b01
                      p.ctx)
                 p.ctx))
      (a!107 (ite (not (ite (= #xc0000301 #xc0010004) (not a!48) a!106))
                  p.hw_global_ctl
                  p.pmu_global_ctrl))
      (a!108 (ite (not (ite (= #xc0000301 #xc0010004) (not a!48) a!106))
                  (ite (not (and a!44 a!46)) p.hw_global_ctl p.pmu_global_ctrl)
                  p.pmu_global_ctrl))
      (a!125 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       p.hw_global_ctl
                       (ite a!122 p.hw_global_ctl a!124))
                  p.hw_global_ctl))
      (a!151 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       p.hw_global_status
                       (ite a!122 p.hw_global_status a!150))
                  p.hw_global_status))
      (a!162 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       |p.hw_evtsel[0]|
                       (ite a!122 |p.hw_evtsel[0]| a!161))
                  |p.hw_evtsel[0]|))
      (a!169 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       |p.hw_evtsel[1]|
                       (ite a!122 |p.hw_evtsel[1]| a!168))
                  |p.hw_evtsel[1]|))
      (a!176 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       |p.hw_evtsel[2]|
                       (ite a!122 |p.hw_evtsel[2]| a!175))
                  |p.hw_evtsel[2]|))
      (a!183 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       |p.hw_evtsel[3]|
                       (ite a!122 |p.hw_evtsel[3]| a!182))
                  |p.hw_evtsel[3]|))
      (a!190 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       |p.hw_evtsel[4]|
                       (ite a!122 |p.hw_evtsel[4]| a!189))
                  |p.hw_evtsel[4]|))
      (a!197 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       |p.hw_evtsel[5]|
                       (ite a!122 |p.hw_evtsel[5]| a!196))
                  |p.hw_evtsel[5]|)))
(let ((a!70 (ite (= #xa actp)
                 (ite (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!48) a!60)
                      #b01
                      p.ctx)
                 a!69))
      (a!111 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!48) a!68)
                       a!107
                       p.pmu_global_ctrl)
                  (ite (= #xd actp) a!110 p.pmu_global_ctrl)))
      (a!126 (ite (= #x1 actp)
                  a!120
                  (ite (= #x4 actp)
                       a!121
                       (ite (= #x5 actp) hvp.host_perf_activity.19 a!125))))
      (a!152 (ite (= #x5 actp)
                  hvp.host_perf_activity.20
                  (ite (= #x6 actp) a!135 (ite (= #x7 actp) a!147 a!151))))
      (a!163 (ite (= #x1 actp)
                  a!158
                  (ite (= #x4 actp)
                       a!159
                       (ite (= #x5 actp) hvp.host_perf_activity.8 a!162))))
      (a!170 (ite (= #x1 actp)
                  a!166
                  (ite (= #x4 actp)
                       a!167
                       (ite (= #x5 actp) hvp.host_perf_activity.10 a!169))))
      (a!177 (ite (= #x1 actp)
                  a!173
                  (ite (= #x4 actp)
                       a!174
                       (ite (= #x5 actp) hvp.host_perf_activity.12 a!176))))
      (a!184 (ite (= #x1 actp)
                  a!180
                  (ite (= #x4 actp)
                       a!181
                       (ite (= #x5 actp) hvp.host_perf_activity.14 a!183))))
      (a!191 (ite (= #x1 actp)
                  a!187
                  (ite (= #x4 actp)
                       a!188
                       (ite (= #x5 actp) hvp.host_perf_activity.16 a!190))))
      (a!198 (ite (= #x1 actp)
                  a!194
                  (ite (= #x4 actp)
                       a!195
                       (ite (= #x5 actp) hvp.host_perf_activity.18 a!197)))))
(let ((a!71 (ite (= #x3 actp)
                 #b01
                 (ite (= #x4 actp) #b00 (ite (= #x8 actp) a!47 a!70))))
      (a!112 (ite (= #xa actp)
                  (ite (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!48) a!60)
                       a!107
                       p.pmu_global_ctrl)
                  a!111))
      (a!153 (= (ite (= #x1 actp) a!128 (ite (= #x4 actp) a!129 a!152)) a!83))
      (a!164 (and (= #b1 ((_ extract 40 40) a!163))
                  (not (= #b1 ((_ extract 41 41) a!163)))))
      (a!171 (and (= #b1 ((_ extract 40 40) a!170))
                  (not (= #b1 ((_ extract 41 41) a!170)))))
      (a!178 (and (= #b1 ((_ extract 40 40) a!177))
                  (not (= #b1 ((_ extract 41 41) a!177)))))
      (a!185 (and (= #b1 ((_ extract 40 40) a!184))
                  (not (= #b1 ((_ extract 41 41) a!184)))))
      (a!192 (and (= #b1 ((_ extract 40 40) a!191))
                  (not (= #b1 ((_ extract 41 41) a!191)))))
      (a!199 (and (= #b1 ((_ extract 40 40) a!198))
                  (not (= #b1 ((_ extract 41 41) a!198))))))
(let ((a!72 (ite (= #x1 actp) #b01 (ite (= #x2 actp) #b10 a!71)))
      (a!113 (ite (= #x0 actp)
                  (ite a!97 (bvsub a!98 #x0000000000000001) #x0000000000000000)
                  (ite (= #x3 actp)
                       a!107
                       (ite (= #x8 actp)
                            (ite a!43 a!108 p.pmu_global_ctrl)
                            a!112))))
      (a!165 (not (and (= #b1 ((_ extract 22 22) a!163)) (not a!164))))
      (a!172 (not (and (= #b1 ((_ extract 22 22) a!170)) (not a!171))))
      (a!179 (not (and (= #b1 ((_ extract 22 22) a!177)) (not a!178))))
      (a!186 (not (and (= #b1 ((_ extract 22 22) a!184)) (not a!185))))
      (a!193 (not (and (= #b1 ((_ extract 22 22) a!191)) (not a!192))))
      (a!200 (not (and (= #b1 ((_ extract 22 22) a!198)) (not a!199)))))
(let ((a!118 (=> (or (not (and cfg.enable_mediated_pmu a!42))
                     (= #b00 a!72)
                     (and (= #b01 a!72) (not a!73)))
                 (and a!91 (= a!113 a!117))))
      (a!119 (and (and (= #b01 a!72) (not a!73))
                  (and cfg.enable_mediated_pmu a!42)))
      (a!156 (and (= #b10 a!72)
                  (or (not (and cfg.enable_mediated_pmu a!42))
                      (not (= a!154 cfg.host_nr_gp))
                      a!155)))
      (a!201 (=> (and (or (= #b01 a!72) (= #b10 a!72))
                      (and cfg.enable_mediated_pmu a!42))
                 (and (=> (bvult #x00 a!154) a!165)
                      (=> (bvult #x01 a!154) a!172)
                      (=> (bvult #x02 a!154) a!179)
                      (=> (bvult #x03 a!154) a!186)
                      (=> (bvult #x04 a!154) a!193)
                      (=> (bvult #x05 a!154) a!200))))
      (a!248 (=> (and (bvuge #x00 a!154) (bvult #x00 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 0 0) a!113)))))
      (a!249 (=> (and (bvuge #x01 a!154) (bvult #x01 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 1 1) a!113)))))
      (a!250 (=> (and (bvuge #x02 a!154) (bvult #x02 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 2 2) a!113)))))
      (a!251 (=> (and (bvuge #x03 a!154) (bvult #x03 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 3 3) a!113)))))
      (a!252 (=> (and (bvuge #x04 a!154) (bvult #x04 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 4 4) a!113)))))
      (a!253 (=> (and (bvuge #x05 a!154) (bvult #x05 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 5 5) a!113))))))
(let ((a!157 (=> (and (or (= #b01 a!72) a!156)
                      (and cfg.enable_mediated_pmu a!42))
                 (= a!126 a!113))))
(let ((a!254 (and a!118
                  (=> a!119 (and (= a!126 a!113) a!153))
                  a!157
                  a!201
                  a!221
                  a!226
                  a!231
                  a!236
                  a!241
                  a!246
                  (=> (bvuge #x00 a!154) (= #b1 ((_ extract 0 0) a!247)))
                  (=> (bvuge #x01 a!154) (= #b1 ((_ extract 1 1) a!247)))
                  (=> (bvuge #x02 a!154) (= #b1 ((_ extract 2 2) a!247)))
                  (=> (bvuge #x03 a!154) (= #b1 ((_ extract 3 3) a!247)))
                  (=> (bvuge #x04 a!154) (= #b1 ((_ extract 4 4) a!247)))
                  (=> (bvuge #x05 a!154) (= #b1 ((_ extract 5 5) a!247)))
                  a!248
                  a!249
                  a!250
                  a!251
                  a!252
                  a!253
                  (bvule a!154 cfg.host_nr_gp)
                  (=> (= #b10 a!72) a!73)
                  (=> (not (= #b00 a!72)) (ite (= #x1 actp) true p.has_run))
                  (=> a!119 a!153))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       a!2
       (=> a!3
           (and (= p.hw_global_ctl p.pmu_global_ctrl)
                (= p.hw_global_status p.pmu_global_status)))
       (=> a!5 (= p.hw_global_ctl p.pmu_global_ctrl))
       a!19
       a!21
       a!23
       a!25
       a!27
       a!29
       a!31
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!32
       a!33
       a!34
       a!35
       a!36
       a!37
       (bvule p.nr_gp cfg.host_nr_gp)
       (=> (= #b10 p.ctx) p.entered_since_load)
       (=> (not (= #b00 p.ctx)) p.has_run)
       (=> a!3 (= p.hw_global_status p.pmu_global_status))
       a!41
       (bvult actp #xe)
       (not a!254))))))))))))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (and (and (= #b01 p.ctx) (not p.entered_since_load))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!6 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!7 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!15 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!17 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!20 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!22 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!24 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!26 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!28 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!30 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!32 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!34 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!35 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!36 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!37 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl))))))
(let ((a!2 (=> (or a!1
                   (= #b00 p.ctx)
                   (and (= #b01 p.ctx) (not p.entered_since_load)))
               (and (= p.pmu_global_status p.arch_global_status)
                    (= p.pmu_global_ctrl p.arch_global_ctrl))))
      (a!4 (and (= #b10 p.ctx)
                (or a!1
                    (not (= p.nr_gp cfg.host_nr_gp))
                    (not (bvugt p.pmu_version #x01)))))
      (a!8 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!7))))
      (a!10 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!9))))
      (a!12 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!11))))
      (a!14 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!13))))
      (a!16 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!15))))
      (a!18 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!17))))
      (a!21 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                      (not a!20))))
      (a!23 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                      (not a!22))))
      (a!25 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                      (not a!24))))
      (a!27 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                      (not a!26))))
      (a!29 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!28))))
      (a!31 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!30)))))
(let ((a!5 (and (or (= #b01 p.ctx) a!4)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!19 (=> a!6
                (and (=> (bvult #x00 p.nr_gp) a!8)
                     (=> (bvult #x01 p.nr_gp) a!10)
                     (=> (bvult #x02 p.nr_gp) a!12)
                     (=> (bvult #x03 p.nr_gp) a!14)
                     (=> (bvult #x04 p.nr_gp) a!16)
                     (=> (bvult #x05 p.nr_gp) a!18)))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       a!2
       (=> a!3
           (and (= p.hw_global_ctl p.pmu_global_ctrl)
                (= p.hw_global_status p.pmu_global_status)))
       (=> a!5 (= p.hw_global_ctl p.pmu_global_ctrl))
       a!19
       a!21
       a!23
       a!25
       a!27
       a!29
       a!31
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!32
       a!33
       a!34
       a!35
       a!36
       a!37
       (bvule p.nr_gp cfg.host_nr_gp)
       (=> (= #b10 p.ctx) p.entered_since_load)
       (=> (not (= #b00 p.ctx)) p.has_run)
       (=> a!3 (= p.hw_global_status p.pmu_global_status))
       (not (=> a!3 (= p.hw_global_status p.pmu_global_status))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.host_pmu_version cfg.host_nr_gp p.has_run p.cpuid_perfctr_core p.cpuid_perfmon_v2 p.pmu_version p.nr_gp p.gp_counter_bitmask p.global_rsvd |p.pmu_eventsel[0]| |p.pmu_eventsel[1]| |p.pmu_eventsel[2]| |p.pmu_eventsel[3]| |p.pmu_eventsel[4]| |p.pmu_eventsel[5]| |p.pmu_eventsel_hw[0]| |p.pmu_eventsel_hw[1]| |p.pmu_eventsel_hw[2]| |p.pmu_eventsel_hw[3]| |p.pmu_eventsel_hw[4]| |p.pmu_eventsel_hw[5]| p.pmu_global_ctrl p.pmu_global_status |p.hw_evtsel[0]| |p.hw_evtsel[1]| |p.hw_evtsel[2]| |p.hw_evtsel[3]| |p.hw_evtsel[4]| |p.hw_evtsel[5]| p.hw_global_ctl p.hw_global_status p.ctx p.pending p.pending_index p.pending_data p.entered_since_load p.arch_global_ctrl p.arch_global_status
; invariant: (let ((a!1 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (and (and (= #b01 p.ctx) (not p.entered_since_load)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!6 (and (or (= #b01 p.ctx) (= #b10 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!7 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|))))) (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|))))) (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|))))) (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|))))) (a!15 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|))))) (a!17 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|))))) (a!20 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|))))) (a!22 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|))))) (a!24 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|))))) (a!26 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|))))) (a!28 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|))))) (a!30 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|))))) (a!32 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp)) (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl))))) (a!33 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp)) (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl))))) (a!34 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp)) (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl))))) (a!35 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp)) (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl))))) (a!36 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp)) (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl))))) (a!37 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp)) (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))) (let ((a!2 (=> (or a!1 (= #b00 p.ctx) (and (= #b01 p.ctx) (not p.entered_since_load))) (and (= p.pmu_global_status p.arch_global_status) (= p.pmu_global_ctrl p.arch_global_ctrl)))) (a!4 (and (= #b10 p.ctx) (or a!1 (not (= p.nr_gp cfg.host_nr_gp)) (not (bvugt p.pmu_version #x01))))) (a!8 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!7)))) (a!10 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!9)))) (a!12 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!11)))) (a!14 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!13)))) (a!16 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!15)))) (a!18 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!17)))) (a!21 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|)) (not a!20)))) (a!23 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|)) (not a!22)))) (a!25 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|)) (not a!24)))) (a!27 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|)) (not a!26)))) (a!29 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|)) (not a!28)))) (a!31 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|)) (not a!30))))) (let ((a!5 (and (or (= #b01 p.ctx) a!4) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!19 (=> a!6 (and (=> (bvult #x00 p.nr_gp) a!8) (=> (bvult #x01 p.nr_gp) a!10) (=> (bvult #x02 p.nr_gp) a!12) (=> (bvult #x03 p.nr_gp) a!14) (=> (bvult #x04 p.nr_gp) a!16) (=> (bvult #x05 p.nr_gp) a!18))))) (and a!2 (=> a!3 (and (= p.hw_global_ctl p.pmu_global_ctrl) (= p.hw_global_status p.pmu_global_status))) (=> a!5 (= p.hw_global_ctl p.pmu_global_ctrl)) a!19 a!21 a!23 a!25 a!27 a!29 a!31 (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd))) (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd))) (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd))) (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd))) (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd))) (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd))) a!32 a!33 a!34 a!35 a!36 a!37 (bvule p.nr_gp cfg.host_nr_gp) (=> (= #b10 p.ctx) p.entered_since_load) (=> (not (= #b00 p.ctx)) p.has_run) (=> a!3 (= p.hw_global_status p.pmu_global_status))))))
; trigger: reached at depth 2
