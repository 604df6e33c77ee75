; vpmu-formal-certificate-1
; spec: amd_mediated_counting
; property: no_counting_with_mixed_context
; key: 79862c420d26c85131e1c834939f17ed21245f8d62104bbd51e9ccb844ad57c5
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun |p.hw_evtsel[5]| () (_ BitVec 64))
(declare-fun p.hw_global_ctl () (_ BitVec 64))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun |p.hw_evtsel[4]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[3]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[2]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[1]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[0]| () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.mixed_context_counting () Bool)
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.global_rsvd () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[5]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[4]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[0]| () (_ BitVec 64))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.pmu_global_status () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[5]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[4]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[3]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[0]| () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun p.cpuid_perfmon_v2 () Bool)
(declare-fun p.cpuid_perfctr_core () Bool)
(declare-fun p.has_run () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun actp () (_ BitVec 4))
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.16 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.14 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.12 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.10 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.8 () (_ BitVec 64))
(declare-fun inp.kvm_set_cpuid.perfmon_v2 () Bool)
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdpmc.ecx () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inp.kvm_set_cpuid.perfctr_core () Bool)
(declare-fun inp.kvm_set_cpuid.num_core_pmc () (_ BitVec 4))
(declare-fun inp.kvm_set_msr.data () (_ BitVec 64))
(declare-fun inp.kvm_set_msr.host_initiated () Bool)
(declare-fun inp.kvm_set_msr.msr () (_ BitVec 32))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (p.has_run Bool) (p.cpuid_perfctr_core Bool) (p.cpuid_perfmon_v2 Bool) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.global_rsvd (_ BitVec 64)) (|p.pmu_eventsel[0]| (_ BitVec 64)) (|p.pmu_eventsel[1]| (_ BitVec 64)) (|p.pmu_eventsel[2]| (_ BitVec 64)) (|p.pmu_eventsel[3]| (_ BitVec 64)) (|p.pmu_eventsel[4]| (_ BitVec 64)) (|p.pmu_eventsel[5]| (_ BitVec 64)) (|p.pmu_eventsel_hw[0]| (_ BitVec 64)) (|p.pmu_eventsel_hw[1]| (_ BitVec 64)) (|p.pmu_eventsel_hw[2]| (_ BitVec 64)) (|p.pmu_eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_eventsel_hw[4]| (_ BitVec 64)) (|p.pmu_eventsel_hw[5]| (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_status (_ BitVec 64)) (|p.hw_evtsel[0]| (_ BitVec 64)) (|p.hw_evtsel[1]| (_ BitVec 64)) (|p.hw_evtsel[2]| (_ BitVec 64)) (|p.hw_evtsel[3]| (_ BitVec 64)) (|p.hw_evtsel[4]| (_ BitVec 64)) (|p.hw_evtsel[5]| (_ BitVec 64)) (p.hw_global_ctl (_ BitVec 64)) (p.hw_global_status (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64)) (p.mixed_context_counting Bool)) Bool
  (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!7 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!13 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!16 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!18 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!20 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!22 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!24 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!27 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!28 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!29 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!30 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!31 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!32 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctl)))))
      (a!34 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctl)))))
      (a!35 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctl)))))
      (a!36 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctl)))))
      (a!37 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.hw_global_ctl)))))
      (a!38 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.hw_global_ctl)))))
      (a!39 (and (= #b01 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
(let ((a!2 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                     (not a!1))))
      (a!4 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                     (not a!3))))
      (a!6 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                     (not a!5))))
      (a!8 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                     (not a!7))))
      (a!10 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!9))))
      (a!12 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!11))))
      (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!14))))
      (a!17 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!16))))
      (a!19 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!18))))
      (a!21 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!20))))
      (a!23 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!22))))
      (a!25 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!24))))
      (a!40 (not (and (bvult #x00 cfg.host_nr_gp)
                      (= #b1 ((_ extract 0 0) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                      (not a!14))))
      (a!41 (not (and (bvult #x01 cfg.host_nr_gp)
                      (= #b1 ((_ extract 1 1) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                      (not a!16))))
      (a!42 (not (and (bvult #x02 cfg.host_nr_gp)
                      (= #b1 ((_ extract 2 2) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                      (not a!18))))
      (a!43 (not (and (bvult #x03 cfg.host_nr_gp)
                      (= #b1 ((_ extract 3 3) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                      (not a!20))))
      (a!44 (not (and (bvult #x04 cfg.host_nr_gp)
                      (= #b1 ((_ extract 4 4) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                      (not a!22))))
      (a!45 (not (and (bvult #x05 cfg.host_nr_gp)
                      (= #b1 ((_ extract 5 5) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                      (not a!24)))))
(let ((a!26 (=> a!13
                (and (=> (bvult #x00 p.nr_gp) a!15)
                     (=> (bvult #x01 p.nr_gp) a!17)
                     (=> (bvult #x02 p.nr_gp) a!19)
                     (=> (bvult #x03 p.nr_gp) a!21)
                     (=> (bvult #x04 p.nr_gp) a!23)
                     (=> (bvult #x05 p.nr_gp) a!25)))))
  (and a!2
       a!4
       a!6
       a!8
       a!10
       a!12
       a!26
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!27
       a!28
       a!29
       a!30
       a!31
       a!32
       (=> a!13 (and a!33 a!34 a!35 a!36 a!37 a!38))
       (bvule p.nr_gp cfg.host_nr_gp)
       (not p.mixed_context_counting)
       (=> a!39 (and a!40 a!41 a!42 a!43 a!44 a!45)))))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!7 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!13 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!16 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!18 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!20 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!22 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!24 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!27 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!28 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!29 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!30 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!31 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!32 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctl)))))
      (a!34 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctl)))))
      (a!35 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctl)))))
      (a!36 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctl)))))
      (a!37 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.hw_global_ctl)))))
      (a!38 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.hw_global_ctl)))))
      (a!39 (and (= #b01 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
(let ((a!2 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                     (not a!1))))
      (a!4 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                     (not a!3))))
      (a!6 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                     (not a!5))))
      (a!8 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                     (not a!7))))
      (a!10 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!9))))
      (a!12 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!11))))
      (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!14))))
      (a!17 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!16))))
      (a!19 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!18))))
      (a!21 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!20))))
      (a!23 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!22))))
      (a!25 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!24))))
      (a!40 (not (and (bvult #x00 cfg.host_nr_gp)
                      (= #b1 ((_ extract 0 0) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                      (not a!14))))
      (a!41 (not (and (bvult #x01 cfg.host_nr_gp)
                      (= #b1 ((_ extract 1 1) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                      (not a!16))))
      (a!42 (not (and (bvult #x02 cfg.host_nr_gp)
                      (= #b1 ((_ extract 2 2) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                      (not a!18))))
      (a!43 (not (and (bvult #x03 cfg.host_nr_gp)
                      (= #b1 ((_ extract 3 3) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                      (not a!20))))
      (a!44 (not (and (bvult #x04 cfg.host_nr_gp)
                      (= #b1 ((_ extract 4 4) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                      (not a!22))))
      (a!45 (not (and (bvult #x05 cfg.host_nr_gp)
                      (= #b1 ((_ extract 5 5) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                      (not a!24)))))
(let ((a!26 (=> a!13
                (and (=> (bvult #x00 p.nr_gp) a!15)
                     (=> (bvult #x01 p.nr_gp) a!17)
                     (=> (bvult #x02 p.nr_gp) a!19)
                     (=> (bvult #x03 p.nr_gp) a!21)
                     (=> (bvult #x04 p.nr_gp) a!23)
                     (=> (bvult #x05 p.nr_gp) a!25)))))
(let ((a!46 (and a!2
                 a!4
                 a!6
                 a!8
                 a!10
                 a!12
                 a!26
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
                 a!27
                 a!28
                 a!29
                 a!30
                 a!31
                 a!32
                 (=> a!13 (and a!33 a!34 a!35 a!36 a!37 a!38))
                 (bvule p.nr_gp cfg.host_nr_gp)
                 (not p.mixed_context_counting)
                 (=> a!39 (and a!40 a!41 a!42 a!43 a!44 a!45)))))
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
       (= p.mixed_context_counting false)
       (not a!46)))))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!7 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!13 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!16 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!18 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!20 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!22 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!24 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!27 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!28 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!29 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!30 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!31 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!32 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctl)))))
      (a!34 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctl)))))
      (a!35 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctl)))))
      (a!36 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctl)))))
      (a!37 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.hw_global_ctl)))))
      (a!38 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.hw_global_ctl)))))
      (a!39 (and (= #b01 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!46 (and (= #xa actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_rdmsr.msr #xc0010000)
                          (bvule inp.guest_rdmsr.msr #xc0010007))
                     (and (bvuge inp.guest_rdmsr.msr #xc0010200)
                          (bvule inp.guest_rdmsr.msr #xc001020b))
                     (and (bvuge inp.guest_rdmsr.msr #xc0000300)
                          (bvule inp.guest_rdmsr.msr #xc0000303)))))
      (a!47 (and (= #xc actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                          (bvule inp.guest_wrmsr.msr #xc0010007))
                     (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                          (bvule inp.guest_wrmsr.msr #xc001020b))
                     (and (bvuge inp.guest_wrmsr.msr #xc0000300)
                          (bvule inp.guest_wrmsr.msr #xc0000303)))))
      (a!48 (and (= #b00 p.pending)
                 (or (and (bvuge inp.kvm_set_msr.msr #xc0010000)
                          (bvule inp.kvm_set_msr.msr #xc0010007))
                     (and (bvuge inp.kvm_set_msr.msr #xc0010200)
                          (bvule inp.kvm_set_msr.msr #xc001020b))
                     (and (bvuge inp.kvm_set_msr.msr #xc0000300)
                          (bvule inp.kvm_set_msr.msr #xc0000303)))))
      (a!50 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010000)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!51 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010200)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc001020b)))
      (a!52 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010004)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!57 (and (bvule #xc0010200
                        (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index))
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc001020b)))
      (a!58 (and (bvule #xc0010004
                        (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index))
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!61 (concat #b0
                    ((_ extract 31 9)
                      (bvadd #x3ffefe00
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!64 (concat #b0
                    ((_ extract 31 1)
                      (bvadd #x3ffefe00
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!66 (bvor (bvand (bvand (ite inp.kvm_set_msr.host_initiated
                                     inp.kvm_set_msr.data
                                     p.pending_data)
                                (bvnot #xfffffff000280000))
                         (bvnot #x0000020000000000))
                  #x0000010000000000))
      (a!97 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!99 (or (not (= ((_ extract 31 8) inp.guest_rdpmc.ecx) #x000000))
                (bvule cfg.host_nr_gp ((_ extract 7 0) inp.guest_rdpmc.ecx))))
      (a!100 (or (not (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                         #b000000000000000))
                 (bvule #b10000000000000000
                        ((_ extract 16 0) inp.guest_rdpmc.ecx))))
      (a!103 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvugt p.nr_gp #x00)))
      (a!104 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvugt p.nr_gp #x01)))
      (a!105 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvugt p.nr_gp #x02)))
      (a!106 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvugt p.nr_gp #x03)))
      (a!107 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.cpuid_perfctr_core))
      (a!129 (not (= #x00
                     (ite (= #x0 actp)
                          (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)
                          p.pmu_version))))
      (a!131 (ite (bvult ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!132 (ite (bvult #x06
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  #x06
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!133 (ite (bvult #x04
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  #x04
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!135 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_eventsel_hw[0]|
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!136 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) #x0000000000000000 |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!137 (or (and (bvuge inp.guest_wrmsr.msr #xc0010004)
                      (bvule inp.guest_wrmsr.msr #xc0010007))
                 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                           (bvule inp.guest_wrmsr.msr #xc001020b))
                      (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!138 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                       (bvule inp.guest_wrmsr.msr #xc001020b))
                  (not (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!139 (ite (and (bvule #xc0010200 inp.guest_wrmsr.msr)
                       (bvule inp.guest_wrmsr.msr #xc001020b))
                  (concat #b0
                          ((_ extract 31 1)
                            (bvadd #x3ffefe00 inp.guest_wrmsr.msr)))
                  (ite (and (bvule #xc0010004 inp.guest_wrmsr.msr)
                            (bvule inp.guest_wrmsr.msr #xc0010007))
                       (bvadd #x3ffefffc inp.guest_wrmsr.msr)
                       (bvadd #x3fff0000 inp.guest_wrmsr.msr))))
      (a!145 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]|
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!146 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) #x0000000000000000 |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!152 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]|
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!153 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) #x0000000000000000 |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!159 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]|
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!160 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) #x0000000000000000 |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!166 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]|
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!167 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp) #x0000000000000000 |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!173 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]|
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!174 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp) #x0000000000000000 |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!184 (and cfg.enable_mediated_pmu
                  (not (= #x00 (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)))))
      (a!196 (ite (= #xc0000300
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
      (a!207 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctl))
      (a!208 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctl))
      (a!218 (= #b1
                ((_ extract 22 22)
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]|
                       |p.hw_evtsel[5]|))))
      (a!219 (= #b1
                ((_ extract 40 40)
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]|
                       |p.hw_evtsel[5]|))))
      (a!220 (= #b1
                ((_ extract 41 41)
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]|
                       |p.hw_evtsel[5]|))))
      (a!222 (= #b1
                ((_ extract 22 22)
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]|
                       |p.hw_evtsel[4]|))))
      (a!223 (= #b1
                ((_ extract 40 40)
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]|
                       |p.hw_evtsel[4]|))))
      (a!224 (= #b1
                ((_ extract 41 41)
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]|
                       |p.hw_evtsel[4]|))))
      (a!226 (= #b1
                ((_ extract 22 22)
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]|
                       |p.hw_evtsel[3]|))))
      (a!227 (= #b1
                ((_ extract 40 40)
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]|
                       |p.hw_evtsel[3]|))))
      (a!228 (= #b1
                ((_ extract 41 41)
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]|
                       |p.hw_evtsel[3]|))))
      (a!230 (= #b1
                ((_ extract 22 22)
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]|
                       |p.hw_evtsel[2]|))))
      (a!231 (= #b1
                ((_ extract 40 40)
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]|
                       |p.hw_evtsel[2]|))))
      (a!232 (= #b1
                ((_ extract 41 41)
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]|
                       |p.hw_evtsel[2]|))))
      (a!234 (= #b1
                ((_ extract 22 22)
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]|
                       |p.hw_evtsel[1]|))))
      (a!235 (= #b1
                ((_ extract 40 40)
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]|
                       |p.hw_evtsel[1]|))))
      (a!236 (= #b1
                ((_ extract 41 41)
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]|
                       |p.hw_evtsel[1]|))))
      (a!238 (= #b1
                ((_ extract 22 22)
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_eventsel_hw[0]|
                       |p.hw_evtsel[0]|))))
      (a!239 (= #b1
                ((_ extract 40 40)
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_eventsel_hw[0]|
                       |p.hw_evtsel[0]|))))
      (a!240 (= #b1
                ((_ extract 41 41)
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_eventsel_hw[0]|
                       |p.hw_evtsel[0]|)))))
(let ((a!2 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                     (not a!1))))
      (a!4 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                     (not a!3))))
      (a!6 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                     (not a!5))))
      (a!8 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                     (not a!7))))
      (a!10 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!9))))
      (a!12 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!11))))
      (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!14))))
      (a!17 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!16))))
      (a!19 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!18))))
      (a!21 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!20))))
      (a!23 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!22))))
      (a!25 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!24))))
      (a!40 (not (and (bvult #x00 cfg.host_nr_gp)
                      (= #b1 ((_ extract 0 0) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                      (not a!14))))
      (a!41 (not (and (bvult #x01 cfg.host_nr_gp)
                      (= #b1 ((_ extract 1 1) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                      (not a!16))))
      (a!42 (not (and (bvult #x02 cfg.host_nr_gp)
                      (= #b1 ((_ extract 2 2) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                      (not a!18))))
      (a!43 (not (and (bvult #x03 cfg.host_nr_gp)
                      (= #b1 ((_ extract 3 3) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                      (not a!20))))
      (a!44 (not (and (bvult #x04 cfg.host_nr_gp)
                      (= #b1 ((_ extract 4 4) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                      (not a!22))))
      (a!45 (not (and (bvult #x05 cfg.host_nr_gp)
                      (= #b1 ((_ extract 5 5) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                      (not a!24))))
      (a!49 (or (and (= #x0 actp)
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
                a!46
                (and (= #xb actp) (= #b00 p.ctx) (= #b10 p.pending))
                a!47
                (and (= #xd actp)
                     (= #b00 p.ctx)
                     (ite inp.kvm_set_msr.host_initiated
                          a!48
                          (= #b11 p.pending)))))
      (a!53 (and a!51
                 (= #b1
                    ((_ extract 0 0)
                      (ite inp.kvm_set_msr.host_initiated
                           inp.kvm_set_msr.msr
                           p.pending_index)))))
      (a!54 (ite a!51
                 (bvlshr (bvsub (ite inp.kvm_set_msr.host_initiated
                                     inp.kvm_set_msr.msr
                                     p.pending_index)
                                #xc0010200)
                         #x00000001)
                 (ite a!52
                      (bvsub (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)
                             #xc0010004)
                      (bvsub (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)
                             #xc0010000))))
      (a!59 (ite a!58
                 (bvadd #xfc
                        (ite inp.kvm_set_msr.host_initiated
                             ((_ extract 7 0) inp.kvm_set_msr.msr)
                             ((_ extract 7 0) p.pending_index)))
                 (ite inp.kvm_set_msr.host_initiated
                      ((_ extract 7 0) inp.kvm_set_msr.msr)
                      ((_ extract 7 0) p.pending_index))))
      (a!62 (ite a!58
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
      (a!65 (ite a!57
                 a!64
                 (ite a!58
                      (bvadd #x3ffefffc
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index))
                      (bvadd #x3fff0000
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!98 (or cfg.enable_vmware_backdoor
                (or a!97 (not (= p.nr_gp cfg.host_nr_gp)))
                (not (= #x0000ffffffffffff p.gp_counter_bitmask))))
      (a!101 (not (and cfg.enable_vmware_backdoor
                       a!100
                       (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                          #b000000000000000)
                       (bvule ((_ extract 16 0) inp.guest_rdpmc.ecx)
                              #b10000000000000010))))
      (a!108 (or (or a!97 (not (= p.nr_gp cfg.host_nr_gp)))
                 (not (bvugt p.pmu_version #x01))))
      (a!134 (ite (= #x0 actp)
                  (ite inp.kvm_set_cpuid.perfmon_v2
                       a!131
                       (ite inp.kvm_set_cpuid.perfctr_core a!132 a!133))
                  p.nr_gp))
      (a!140 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!138)
                  (ite (= a!139 #x00000000)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!147 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!138)
                  (ite (= a!139 #x00000001)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!154 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!138)
                  (ite (= a!139 #x00000002)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!161 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!138)
                  (ite (= a!139 #x00000003)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!168 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!138)
                  (ite (= a!139 #x00000004)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!175 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!138)
                  (ite (= a!139 #x00000005)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!181 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite inp.kvm_set_cpuid.perfmon_v2
                           a!131
                           (ite inp.kvm_set_cpuid.perfctr_core a!132 a!133)))))
      (a!183 (not (= #x00
                     (ite inp.kvm_set_cpuid.perfmon_v2
                          a!131
                          (ite inp.kvm_set_cpuid.perfctr_core a!132 a!133)))))
      (a!197 (ite (and a!50 (= #x00 p.pmu_version))
                  p.pmu_global_ctrl
                  (ite (or a!50 a!51)
                       p.pmu_global_ctrl
                       (ite (bvule p.pmu_version #x01) p.pmu_global_ctrl a!196))))
      (a!209 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!138)
                  p.hw_global_ctl
                  (ite (= #xc0000301 inp.guest_wrmsr.msr)
                       inp.guest_wrmsr.data
                       p.hw_global_ctl)))
      (a!221 (and (and (bvult #x05 cfg.host_nr_gp)
                       (= #b1 ((_ extract 5 5) #x0000000000000000)))
                  a!218
                  (not (and a!219 (not a!220)))))
      (a!225 (and (and (bvult #x04 cfg.host_nr_gp)
                       (= #b1 ((_ extract 4 4) #x0000000000000000)))
                  a!222
                  (not (and a!223 (not a!224)))))
      (a!229 (and (and (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) #x0000000000000000)))
                  a!226
                  (not (and a!227 (not a!228)))))
      (a!233 (and (and (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) #x0000000000000000)))
                  a!230
                  (not (and a!231 (not a!232)))))
      (a!237 (and (and (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) #x0000000000000000)))
                  a!234
                  (not (and a!235 (not a!236)))))
      (a!241 (and (and (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) #x0000000000000000)))
                  a!238
                  (not (and a!239 (not a!240)))))
      (a!242 (and (and (bvult #x05 cfg.host_nr_gp)
                       (= #b1 ((_ extract 5 5) #x0000000000000000)))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                  (not a!24)))
      (a!243 (and (and (bvult #x04 cfg.host_nr_gp)
                       (= #b1 ((_ extract 4 4) #x0000000000000000)))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                  (not a!22)))
      (a!244 (and (and (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) #x0000000000000000)))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                  (not a!20)))
      (a!245 (and (and (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) #x0000000000000000)))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                  (not a!18)))
      (a!246 (and (and (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) #x0000000000000000)))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                  (not a!16)))
      (a!247 (and (and (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) #x0000000000000000)))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                  (not a!14))))
(let ((a!26 (=> a!13
                (and (=> (bvult #x00 p.nr_gp) a!15)
                     (=> (bvult #x01 p.nr_gp) a!17)
                     (=> (bvult #x02 p.nr_gp) a!19)
                     (=> (bvult #x03 p.nr_gp) a!21)
                     (=> (bvult #x04 p.nr_gp) a!23)
                     (=> (bvult #x05 p.nr_gp) a!25))))
      (a!55 (ite (= #x00000002 a!54)
                 |p.pmu_eventsel[2]|
                 (ite (= #x00000003 a!54)
                      |p.pmu_eventsel[3]|
                      (ite (= #x00000004 a!54)
                           |p.pmu_eventsel[4]|
                           |p.pmu_eventsel[5]|))))
      (a!60 (ite a!57
                 ((_ extract 8 1)
                   (bvadd #x3ffefe00
                          (ite inp.kvm_set_msr.host_initiated
                               inp.kvm_set_msr.msr
                               p.pending_index)))
                 a!59))
      (a!102 (ite a!98 (ite (not (and a!99 a!101)) #b01 p.ctx) p.ctx))
      (a!109 (ite (= #xc0000300 inp.guest_rdmsr.msr)
                  a!108
                  (ite (= #xc0000302 inp.guest_rdmsr.msr)
                       a!108
                       (ite (= #xc0000303 inp.guest_rdmsr.msr) a!108 true))))
      (a!117 (ite (= #xc0000300 inp.guest_wrmsr.msr)
                  a!108
                  (ite (= #xc0000302 inp.guest_wrmsr.msr)
                       a!108
                       (ite (= #xc0000303 inp.guest_wrmsr.msr) a!108 true))))
      (a!182 (ite (= #x0 actp)
                  (ite (bvugt (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01) #x01)
                       (bvnot (bvsub a!181 #x0000000000000001))
                       #xffffffffffffffff)
                  p.global_rsvd))
      (a!185 (and a!183
                  (or (bvugt (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01) #x01)
                      a!184)))
      (a!186 (ite (= #xc0000301 #xc0000300)
                  a!108
                  (ite (= #xc0000301 #xc0000302)
                       a!108
                       (ite (= #xc0000301 #xc0000303) a!108 true))))
      (a!248 (ite a!244
                  true
                  (ite a!245
                       true
                       (ite a!246
                            true
                            (ite a!247 true p.mixed_context_counting))))))
(let ((a!56 (= (bvand (ite inp.kvm_set_msr.host_initiated
                           inp.kvm_set_msr.data
                           p.pending_data)
                      (bvnot #xfffffff000280000))
               (ite (= #x00000000 a!54)
                    |p.pmu_eventsel[0]|
                    (ite (= #x00000001 a!54) |p.pmu_eventsel[1]| a!55))))
      (a!63 (or (= p.pmu_version #x00)
                (and (bvule #xc0010200
                            (ite inp.kvm_set_msr.host_initiated
                                 inp.kvm_set_msr.msr
                                 p.pending_index))
                     (bvule (ite inp.kvm_set_msr.host_initiated
                                 inp.kvm_set_msr.msr
                                 p.pending_index)
                            #xc001020b)
                     (not p.cpuid_perfctr_core))
                (bvule p.nr_gp a!60)
                (not (= (ite a!57 a!61 a!62) #x000000))))
      (a!110 (ite (= #xc001020b inp.guest_rdmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x05)))
                  (ite (= #xc0000301 inp.guest_rdmsr.msr) a!108 a!109)))
      (a!118 (ite (= #xc001020b inp.guest_wrmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x05)))
                  (ite (= #xc0000301 inp.guest_wrmsr.msr) a!108 a!117)))
      (a!187 (ite (= #xc0000301 #xc001020b)
                  (not (and a!107 (bvugt p.nr_gp #x05)))
                  (ite (= #xc0000301 #xc0000301) a!108 a!186)))
      (a!249 (ite a!237
                  true
                  (ite a!241 true (ite a!242 true (ite a!243 true a!248))))))
(let ((a!67 (ite (not a!56)
                 (ite (and (not a!63) (= a!65 #x00000000))
                      a!66
                      |p.pmu_eventsel_hw[0]|)
                 |p.pmu_eventsel_hw[0]|))
      (a!72 (ite (not a!56)
                 (ite (and (not a!63) (= a!65 #x00000001))
                      a!66
                      |p.pmu_eventsel_hw[1]|)
                 |p.pmu_eventsel_hw[1]|))
      (a!77 (ite (not a!56)
                 (ite (and (not a!63) (= a!65 #x00000002))
                      a!66
                      |p.pmu_eventsel_hw[2]|)
                 |p.pmu_eventsel_hw[2]|))
      (a!82 (ite (not a!56)
                 (ite (and (not a!63) (= a!65 #x00000003))
                      a!66
                      |p.pmu_eventsel_hw[3]|)
                 |p.pmu_eventsel_hw[3]|))
      (a!87 (ite (not a!56)
                 (ite (and (not a!63) (= a!65 #x00000004))
                      a!66
                      |p.pmu_eventsel_hw[4]|)
                 |p.pmu_eventsel_hw[4]|))
      (a!92 (ite (not a!56)
                 (ite (and (not a!63) (= a!65 #x00000005))
                      a!66
                      |p.pmu_eventsel_hw[5]|)
                 |p.pmu_eventsel_hw[5]|))
      (a!111 (ite (= #xc0010209 inp.guest_rdmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x04)))
                  a!110))
      (a!119 (ite (= #xc0010209 inp.guest_wrmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x04)))
                  a!118))
      (a!188 (ite (= #xc0000301 #xc0010209)
                  (not (and a!107 (bvugt p.nr_gp #x04)))
                  a!187))
      (a!250 (ite a!221
                  true
                  (ite a!225 true (ite a!229 true (ite a!233 true a!249))))))
(let ((a!68 (ite (and a!50 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[0]|
                 (ite (or a!50 a!51)
                      (ite (or a!52 a!53) |p.pmu_eventsel_hw[0]| a!67)
                      |p.pmu_eventsel_hw[0]|)))
      (a!73 (ite (and a!50 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[1]|
                 (ite (or a!50 a!51)
                      (ite (or a!52 a!53) |p.pmu_eventsel_hw[1]| a!72)
                      |p.pmu_eventsel_hw[1]|)))
      (a!78 (ite (and a!50 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[2]|
                 (ite (or a!50 a!51)
                      (ite (or a!52 a!53) |p.pmu_eventsel_hw[2]| a!77)
                      |p.pmu_eventsel_hw[2]|)))
      (a!83 (ite (and a!50 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[3]|
                 (ite (or a!50 a!51)
                      (ite (or a!52 a!53) |p.pmu_eventsel_hw[3]| a!82)
                      |p.pmu_eventsel_hw[3]|)))
      (a!88 (ite (and a!50 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[4]|
                 (ite (or a!50 a!51)
                      (ite (or a!52 a!53) |p.pmu_eventsel_hw[4]| a!87)
                      |p.pmu_eventsel_hw[4]|)))
      (a!93 (ite (and a!50 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[5]|
                 (ite (or a!50 a!51)
                      (ite (or a!52 a!53) |p.pmu_eventsel_hw[5]| a!92)
                      |p.pmu_eventsel_hw[5]|)))
      (a!112 (ite (= #xc0010207 inp.guest_rdmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x03)))
                  a!111))
      (a!120 (ite (= #xc0010207 inp.guest_wrmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x03)))
                  a!119))
      (a!189 (ite (= #xc0000301 #xc0010207)
                  (not (and a!107 (bvugt p.nr_gp #x03)))
                  a!188))
      (a!251 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!250
                  p.mixed_context_counting)))
(let ((a!69 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!68 |p.pmu_eventsel_hw[0]|)))
      (a!74 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!73 |p.pmu_eventsel_hw[1]|)))
      (a!79 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!78 |p.pmu_eventsel_hw[2]|)))
      (a!84 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!83 |p.pmu_eventsel_hw[3]|)))
      (a!89 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!88 |p.pmu_eventsel_hw[4]|)))
      (a!94 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!93 |p.pmu_eventsel_hw[5]|)))
      (a!113 (ite (= #xc0010205 inp.guest_rdmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x02)))
                  a!112))
      (a!121 (ite (= #xc0010205 inp.guest_wrmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x02)))
                  a!120))
      (a!190 (ite (= #xc0000301 #xc0010205)
                  (not (and a!107 (bvugt p.nr_gp #x02)))
                  a!189)))
(let ((a!70 (and (= #b1 ((_ extract 40 40) a!69))
                 (not (= #b1 ((_ extract 41 41) a!69)))))
      (a!75 (and (= #b1 ((_ extract 40 40) a!74))
                 (not (= #b1 ((_ extract 41 41) a!74)))))
      (a!80 (and (= #b1 ((_ extract 40 40) a!79))
                 (not (= #b1 ((_ extract 41 41) a!79)))))
      (a!85 (and (= #b1 ((_ extract 40 40) a!84))
                 (not (= #b1 ((_ extract 41 41) a!84)))))
      (a!90 (and (= #b1 ((_ extract 40 40) a!89))
                 (not (= #b1 ((_ extract 41 41) a!89)))))
      (a!95 (and (= #b1 ((_ extract 40 40) a!94))
                 (not (= #b1 ((_ extract 41 41) a!94)))))
      (a!114 (ite (= #xc0010203 inp.guest_rdmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x01)))
                  a!113))
      (a!122 (ite (= #xc0010203 inp.guest_wrmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x01)))
                  a!121))
      (a!191 (ite (= #xc0000301 #xc0010203)
                  (not (and a!107 (bvugt p.nr_gp #x01)))
                  a!190)))
(let ((a!71 (not (and (= #b1 ((_ extract 22 22) a!69)) (not a!70))))
      (a!76 (not (and (= #b1 ((_ extract 22 22) a!74)) (not a!75))))
      (a!81 (not (and (= #b1 ((_ extract 22 22) a!79)) (not a!80))))
      (a!86 (not (and (= #b1 ((_ extract 22 22) a!84)) (not a!85))))
      (a!91 (not (and (= #b1 ((_ extract 22 22) a!89)) (not a!90))))
      (a!96 (not (and (= #b1 ((_ extract 22 22) a!94)) (not a!95))))
      (a!115 (ite (= #xc0010201 inp.guest_rdmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x00)))
                  a!114))
      (a!123 (ite (= #xc0010201 inp.guest_wrmsr.msr)
                  (not (and a!107 (bvugt p.nr_gp #x00)))
                  a!122))
      (a!192 (ite (= #xc0000301 #xc0010201)
                  (not (and a!107 (bvugt p.nr_gp #x00)))
                  a!191)))
(let ((a!116 (ite (= #xc0010005 inp.guest_rdmsr.msr)
                  (not a!104)
                  (ite (= #xc0010006 inp.guest_rdmsr.msr)
                       (not a!105)
                       (ite (= #xc0010007 inp.guest_rdmsr.msr)
                            (not a!106)
                            a!115))))
      (a!124 (ite (= #xc0010005 inp.guest_wrmsr.msr)
                  (not a!104)
                  (ite (= #xc0010006 inp.guest_wrmsr.msr)
                       (not a!105)
                       (ite (= #xc0010007 inp.guest_wrmsr.msr)
                            (not a!106)
                            a!123))))
      (a!193 (ite (= #xc0000301 #xc0010005)
                  (not a!104)
                  (ite (= #xc0000301 #xc0010006)
                       (not a!105)
                       (ite (= #xc0000301 #xc0010007) (not a!106) a!192)))))
(let ((a!125 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       #b01
                       p.ctx)
                  p.ctx))
      (a!141 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       |p.hw_evtsel[0]|
                       (ite a!137 |p.hw_evtsel[0]| a!140))
                  |p.hw_evtsel[0]|))
      (a!148 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       |p.hw_evtsel[1]|
                       (ite a!137 |p.hw_evtsel[1]| a!147))
                  |p.hw_evtsel[1]|))
      (a!155 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       |p.hw_evtsel[2]|
                       (ite a!137 |p.hw_evtsel[2]| a!154))
                  |p.hw_evtsel[2]|))
      (a!162 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       |p.hw_evtsel[3]|
                       (ite a!137 |p.hw_evtsel[3]| a!161))
                  |p.hw_evtsel[3]|))
      (a!169 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       |p.hw_evtsel[4]|
                       (ite a!137 |p.hw_evtsel[4]| a!168))
                  |p.hw_evtsel[4]|))
      (a!176 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       |p.hw_evtsel[5]|
                       (ite a!137 |p.hw_evtsel[5]| a!175))
                  |p.hw_evtsel[5]|))
      (a!194 (ite (not (ite (= #xc0000301 #xc0010004) (not a!103) a!193))
                  p.hw_global_ctl
                  p.pmu_global_ctrl))
      (a!195 (ite (not (ite (= #xc0000301 #xc0010004) (not a!103) a!193))
                  (ite (not (and a!99 a!101)) p.hw_global_ctl p.pmu_global_ctrl)
                  p.pmu_global_ctrl))
      (a!210 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       p.hw_global_ctl
                       (ite a!137 p.hw_global_ctl a!209))
                  p.hw_global_ctl)))
(let ((a!126 (ite (= #xa actp)
                  (ite (ite (= #xc0010004 inp.guest_rdmsr.msr)
                            (not a!103)
                            a!116)
                       #b01
                       p.ctx)
                  a!125))
      (a!142 (ite (= #x1 actp)
                  a!135
                  (ite (= #x4 actp)
                       a!136
                       (ite (= #x5 actp) hvp.host_perf_activity.8 a!141))))
      (a!149 (ite (= #x1 actp)
                  a!145
                  (ite (= #x4 actp)
                       a!146
                       (ite (= #x5 actp) hvp.host_perf_activity.10 a!148))))
      (a!156 (ite (= #x1 actp)
                  a!152
                  (ite (= #x4 actp)
                       a!153
                       (ite (= #x5 actp) hvp.host_perf_activity.12 a!155))))
      (a!163 (ite (= #x1 actp)
                  a!159
                  (ite (= #x4 actp)
                       a!160
                       (ite (= #x5 actp) hvp.host_perf_activity.14 a!162))))
      (a!170 (ite (= #x1 actp)
                  a!166
                  (ite (= #x4 actp)
                       a!167
                       (ite (= #x5 actp) hvp.host_perf_activity.16 a!169))))
      (a!177 (ite (= #x1 actp)
                  a!173
                  (ite (= #x4 actp)
                       a!174
                       (ite (= #x5 actp) hvp.host_perf_activity.18 a!176))))
      (a!198 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr)
                            (not a!103)
                            a!124)
                       a!194
                       p.pmu_global_ctrl)
                  (ite (= #xd actp) a!197 p.pmu_global_ctrl)))
      (a!211 (ite (= #x1 actp)
                  a!207
                  (ite (= #x4 actp)
                       a!208
                       (ite (= #x5 actp) hvp.host_perf_activity.19 a!210)))))
(let ((a!127 (ite (= #x3 actp)
                  #b01
                  (ite (= #x4 actp) #b00 (ite (= #x8 actp) a!102 a!126))))
      (a!143 (and (= #b1 ((_ extract 40 40) a!142))
                  (not (= #b1 ((_ extract 41 41) a!142)))))
      (a!150 (and (= #b1 ((_ extract 40 40) a!149))
                  (not (= #b1 ((_ extract 41 41) a!149)))))
      (a!157 (and (= #b1 ((_ extract 40 40) a!156))
                  (not (= #b1 ((_ extract 41 41) a!156)))))
      (a!164 (and (= #b1 ((_ extract 40 40) a!163))
                  (not (= #b1 ((_ extract 41 41) a!163)))))
      (a!171 (and (= #b1 ((_ extract 40 40) a!170))
                  (not (= #b1 ((_ extract 41 41) a!170)))))
      (a!178 (and (= #b1 ((_ extract 40 40) a!177))
                  (not (= #b1 ((_ extract 41 41) a!177)))))
      (a!199 (ite (= #xa actp)
                  (ite (ite (= #xc0010004 inp.guest_rdmsr.msr)
                            (not a!103)
                            a!116)
                       a!194
                       p.pmu_global_ctrl)
                  a!198))
      (a!212 (=> (and (bvuge #x00 a!134) (bvult #x00 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 0 0) a!211)))))
      (a!213 (=> (and (bvuge #x01 a!134) (bvult #x01 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 1 1) a!211)))))
      (a!214 (=> (and (bvuge #x02 a!134) (bvult #x02 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 2 2) a!211)))))
      (a!215 (=> (and (bvuge #x03 a!134) (bvult #x03 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 3 3) a!211)))))
      (a!216 (=> (and (bvuge #x04 a!134) (bvult #x04 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 4 4) a!211)))))
      (a!217 (=> (and (bvuge #x05 a!134) (bvult #x05 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 5 5) a!211))))))
(let ((a!128 (ite (= #x1 actp) #b01 (ite (= #x2 actp) #b10 a!127)))
      (a!144 (not (and (= #b1 ((_ extract 22 22) a!142)) (not a!143))))
      (a!151 (not (and (= #b1 ((_ extract 22 22) a!149)) (not a!150))))
      (a!158 (not (and (= #b1 ((_ extract 22 22) a!156)) (not a!157))))
      (a!165 (not (and (= #b1 ((_ extract 22 22) a!163)) (not a!164))))
      (a!172 (not (and (= #b1 ((_ extract 22 22) a!170)) (not a!171))))
      (a!179 (not (and (= #b1 ((_ extract 22 22) a!177)) (not a!178))))
      (a!200 (ite (= #x0 actp)
                  (ite a!185
                       (bvsub a!181 #x0000000000000001)
                       #x0000000000000000)
                  (ite (= #x3 actp)
                       a!194
                       (ite (= #x8 actp)
                            (ite a!98 a!195 p.pmu_global_ctrl)
                            a!199))))
      (a!252 (not (and (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) a!211))
                       (= #b1 ((_ extract 22 22) a!142))
                       (not a!143))))
      (a!253 (not (and (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) a!211))
                       (= #b1 ((_ extract 22 22) a!149))
                       (not a!150))))
      (a!254 (not (and (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) a!211))
                       (= #b1 ((_ extract 22 22) a!156))
                       (not a!157))))
      (a!255 (not (and (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) a!211))
                       (= #b1 ((_ extract 22 22) a!163))
                       (not a!164))))
      (a!256 (not (and (bvult #x04 cfg.host_nr_gp)
                       (= #b1 ((_ extract 4 4) a!211))
                       (= #b1 ((_ extract 22 22) a!170))
                       (not a!171))))
      (a!257 (not (and (bvult #x05 cfg.host_nr_gp)
                       (= #b1 ((_ extract 5 5) a!211))
                       (= #b1 ((_ extract 22 22) a!177))
                       (not a!178)))))
(let ((a!130 (and (or (= #b01 a!128) (= #b10 a!128))
                  (and cfg.enable_mediated_pmu a!129)))
      (a!201 (=> (and (bvuge #x00 a!134) (bvult #x00 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 0 0) a!200)))))
      (a!202 (=> (and (bvuge #x01 a!134) (bvult #x01 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 1 1) a!200)))))
      (a!203 (=> (and (bvuge #x02 a!134) (bvult #x02 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 2 2) a!200)))))
      (a!204 (=> (and (bvuge #x03 a!134) (bvult #x03 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 3 3) a!200)))))
      (a!205 (=> (and (bvuge #x04 a!134) (bvult #x04 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 4 4) a!200)))))
      (a!206 (=> (and (bvuge #x05 a!134) (bvult #x05 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 5 5) a!200))))))
(let ((a!180 (=> a!130
                 (and (=> (bvult #x00 a!134) a!144)
                      (=> (bvult #x01 a!134) a!151)
                      (=> (bvult #x02 a!134) a!158)
                      (=> (bvult #x03 a!134) a!165)
                      (=> (bvult #x04 a!134) a!172)
                      (=> (bvult #x05 a!134) a!179)))))
(let ((a!258 (and a!71
                  a!76
                  a!81
                  a!86
                  a!91
                  a!96
                  a!180
                  (=> (bvuge #x00 a!134) (= #b1 ((_ extract 0 0) a!182)))
                  (=> (bvuge #x01 a!134) (= #b1 ((_ extract 1 1) a!182)))
                  (=> (bvuge #x02 a!134) (= #b1 ((_ extract 2 2) a!182)))
                  (=> (bvuge #x03 a!134) (= #b1 ((_ extract 3 3) a!182)))
                  (=> (bvuge #x04 a!134) (= #b1 ((_ extract 4 4) a!182)))
                  (=> (bvuge #x05 a!134) (= #b1 ((_ extract 5 5) a!182)))
                  a!201
                  a!202
                  a!203
                  a!204
                  a!205
                  a!206
                  (=> a!130 (and a!212 a!213 a!214 a!215 a!216 a!217))
                  (bvule a!134 cfg.host_nr_gp)
                  (not (ite (= #x1 actp) a!251 p.mixed_context_counting))
                  (=> (and (= #b01 a!128) (and cfg.enable_mediated_pmu a!129))
                      (and a!252 a!253 a!254 a!255 a!256 a!257)))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       a!2
       a!4
       a!6
       a!8
       a!10
       a!12
       a!26
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!27
       a!28
       a!29
       a!30
       a!31
       a!32
       (=> a!13 (and a!33 a!34 a!35 a!36 a!37 a!38))
       (bvule p.nr_gp cfg.host_nr_gp)
       (not p.mixed_context_counting)
       (=> a!39 (and a!40 a!41 a!42 a!43 a!44 a!45))
       a!49
       (bvult actp #xe)
       (not a!258))))))))))))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!7 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!13 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!16 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!18 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!20 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!22 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!24 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!27 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!28 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!29 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!30 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!31 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!32 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctl)))))
      (a!34 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctl)))))
      (a!35 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctl)))))
      (a!36 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctl)))))
      (a!37 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.hw_global_ctl)))))
      (a!38 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.hw_global_ctl)))))
      (a!39 (and (= #b01 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
(let ((a!2 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                     (not a!1))))
      (a!4 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                     (not a!3))))
      (a!6 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                     (not a!5))))
      (a!8 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                     (not a!7))))
      (a!10 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!9))))
      (a!12 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!11))))
      (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!14))))
      (a!17 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!16))))
      (a!19 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!18))))
      (a!21 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!20))))
      (a!23 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!22))))
      (a!25 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!24))))
      (a!40 (not (and (bvult #x00 cfg.host_nr_gp)
                      (= #b1 ((_ extract 0 0) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                      (not a!14))))
      (a!41 (not (and (bvult #x01 cfg.host_nr_gp)
                      (= #b1 ((_ extract 1 1) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                      (not a!16))))
      (a!42 (not (and (bvult #x02 cfg.host_nr_gp)
                      (= #b1 ((_ extract 2 2) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                      (not a!18))))
      (a!43 (not (and (bvult #x03 cfg.host_nr_gp)
                      (= #b1 ((_ extract 3 3) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                      (not a!20))))
      (a!44 (not (and (bvult #x04 cfg.host_nr_gp)
                      (= #b1 ((_ extract 4 4) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                      (not a!22))))
      (a!45 (not (and (bvult #x05 cfg.host_nr_gp)
                      (= #b1 ((_ extract 5 5) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                      (not a!24)))))
(let ((a!26 (=> a!13
                (and (=> (bvult #x00 p.nr_gp) a!15)
                     (=> (bvult #x01 p.nr_gp) a!17)
                     (=> (bvult #x02 p.nr_gp) a!19)
                     (=> (bvult #x03 p.nr_gp) a!21)
                     (=> (bvult #x04 p.nr_gp) a!23)
                     (=> (bvult #x05 p.nr_gp) a!25))))
      (a!46 (and (not p.mixed_context_counting)
                 (=> a!39 (and a!40 a!41 a!42 a!43 a!44 a!45)))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       a!2
       a!4
       a!6
       a!8
       a!10
       a!12
       a!26
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!27
       a!28
       a!29
       a!30
       a!31
       a!32
       (=> a!13 (and a!33 a!34 a!35 a!36 a!37 a!38))
       (bvule p.nr_gp cfg.host_nr_gp)
       a!46
       (not a!46))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.host_pmu_version cfg.host_nr_gp p.has_run p.cpuid_perfctr_core p.cpuid_perfmon_v2 p.pmu_version p.nr_gp p.gp_counter_bitmask p.global_rsvd |p.pmu_eventsel[0]| |p.pmu_eventsel[1]| |p.pmu_eventsel[2]| |p.pmu_eventsel[3]| |p.pmu_eventsel[4]| |p.pmu_eventsel[5]| |p.pmu_eventsel_hw[0]| |p.pmu_eventsel_hw[1]| |p.pmu_eventsel_hw[2]| |p.pmu_eventsel_hw[3]| |p.pmu_eventsel_hw[4]| |p.pmu_eventsel_hw[5]| p.pmu_global_ctrl p.pmu_global_status |p.hw_evtsel[0]| |p.hw_evtsel[1]| |p.hw_evtsel[2]| |p.hw_evtsel[3]| |p.hw_evtsel[4]| |p.hw_evtsel[5]| p.hw_global_ctl p.hw_global_status p.ctx p.pending p.pending_index p.pending_data p.mixed_context_counting
; invariant: (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|))))) (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|))))) (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|))))) (a!7 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|))))) (a!9 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|))))) (a!11 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|))))) (a!13 (and (or (= #b01 p.ctx) (= #b10 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|))))) (a!16 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|))))) (a!18 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|))))) (a!20 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|))))) (a!22 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|))))) (a!24 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|))))) (a!27 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp)) (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl))))) (a!28 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp)) (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl))))) (a!29 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp)) (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl))))) (a!30 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp)) (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl))))) (a!31 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp)) (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl))))) (a!32 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp)) (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl))))) (a!33 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp)) (not (= #b1 ((_ extract 0 0) p.hw_global_ctl))))) (a!34 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp)) (not (= #b1 ((_ extract 1 1) p.hw_global_ctl))))) (a!35 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp)) (not (= #b1 ((_ extract 2 2) p.hw_global_ctl))))) (a!36 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp)) (not (= #b1 ((_ extract 3 3) p.hw_global_ctl))))) (a!37 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp)) (not (= #b1 ((_ extract 4 4) p.hw_global_ctl))))) (a!38 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp)) (not (= #b1 ((_ extract 5 5) p.hw_global_ctl))))) (a!39 (and (= #b01 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))) (let ((a!2 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|)) (not a!1)))) (a!4 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|)) (not a!3)))) (a!6 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|)) (not a!5)))) (a!8 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|)) (not a!7)))) (a!10 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|)) (not a!9)))) (a!12 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|)) (not a!11)))) (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!14)))) (a!17 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!16)))) (a!19 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!18)))) (a!21 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!20)))) (a!23 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!22)))) (a!25 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!24)))) (a!40 (not (and (bvult #x00 cfg.host_nr_gp) (= #b1 ((_ extract 0 0) p.hw_global_ctl)) (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!14)))) (a!41 (not (and (bvult #x01 cfg.host_nr_gp) (= #b1 ((_ extract 1 1) p.hw_global_ctl)) (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!16)))) (a!42 (not (and (bvult #x02 cfg.host_nr_gp) (= #b1 ((_ extract 2 2) p.hw_global_ctl)) (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!18)))) (a!43 (not (and (bvult #x03 cfg.host_nr_gp) (= #b1 ((_ extract 3 3) p.hw_global_ctl)) (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!20)))) (a!44 (not (and (bvult #x04 cfg.host_nr_gp) (= #b1 ((_ extract 4 4) p.hw_global_ctl)) (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!22)))) (a!45 (not (and (bvult #x05 cfg.host_nr_gp) (= #b1 ((_ extract 5 5) p.hw_global_ctl)) (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!24))))) (let ((a!26 (=> a!13 (and (=> (bvult #x00 p.nr_gp) a!15) (=> (bvult #x01 p.nr_gp) a!17) (=> (bvult #x02 p.nr_gp) a!19) (=> (bvult #x03 p.nr_gp) a!21) (=> (bvult #x04 p.nr_gp) a!23) (=> (bvult #x05 p.nr_gp) a!25))))) (and a!2 a!4 a!6 a!8 a!10 a!12 a!26 (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd))) (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd))) (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd))) (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd))) (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd))) (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd))) a!27 a!28 a!29 a!30 a!31 a!32 (=> a!13 (and a!33 a!34 a!35 a!36 a!37 a!38)) (bvule p.nr_gp cfg.host_nr_gp) (not p.mixed_context_counting) (=> a!39 (and a!40 a!41 a!42 a!43 a!44 a!45))))))
