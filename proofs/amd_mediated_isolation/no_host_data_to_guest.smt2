; vpmu-formal-certificate-1
; spec: amd_mediated_isolation
; property: no_host_data_to_guest
; key: 443c783367bf6a49464b53bc12035ff3aabc4360ecb4bcfe69b0d9e03dd59d04
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.__observed_no_host_data_to_guest () Bool)
(declare-fun p.pending_data@host () Bool)
(declare-fun p.pending_index@host () Bool)
(declare-fun p.pmu_global_status@host () Bool)
(declare-fun p.pmu_global_ctrl@host () Bool)
(declare-fun |p.pmu_eventsel_hw[5]@host| () Bool)
(declare-fun |p.pmu_eventsel_hw[4]@host| () Bool)
(declare-fun |p.pmu_eventsel_hw[3]@host| () Bool)
(declare-fun |p.pmu_eventsel_hw[2]@host| () Bool)
(declare-fun |p.pmu_eventsel_hw[1]@host| () Bool)
(declare-fun |p.pmu_eventsel_hw[0]@host| () Bool)
(declare-fun |p.pmu_eventsel[5]@host| () Bool)
(declare-fun |p.pmu_eventsel[4]@host| () Bool)
(declare-fun |p.pmu_eventsel[3]@host| () Bool)
(declare-fun |p.pmu_eventsel[2]@host| () Bool)
(declare-fun |p.pmu_eventsel[1]@host| () Bool)
(declare-fun |p.pmu_eventsel[0]@host| () Bool)
(declare-fun |p.pmu_counter[5]@host| () Bool)
(declare-fun |p.pmu_counter[4]@host| () Bool)
(declare-fun |p.pmu_counter[3]@host| () Bool)
(declare-fun |p.pmu_counter[2]@host| () Bool)
(declare-fun |p.pmu_counter[1]@host| () Bool)
(declare-fun |p.pmu_counter[0]@host| () Bool)
(declare-fun p.global_rsvd@host () Bool)
(declare-fun p.gp_counter_bitmask@host () Bool)
(declare-fun p.nr_gp@host () Bool)
(declare-fun p.has_run () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.hw_global_ctl () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
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
(declare-fun p.hw_global_status@host () Bool)
(declare-fun p.hw_global_ctl@host () Bool)
(declare-fun |p.hw_evtsel[5]@host| () Bool)
(declare-fun |p.hw_ctr[5]@host| () Bool)
(declare-fun |p.hw_evtsel[4]@host| () Bool)
(declare-fun |p.hw_ctr[4]@host| () Bool)
(declare-fun |p.hw_evtsel[3]@host| () Bool)
(declare-fun |p.hw_ctr[3]@host| () Bool)
(declare-fun |p.hw_evtsel[2]@host| () Bool)
(declare-fun |p.hw_ctr[2]@host| () Bool)
(declare-fun |p.hw_evtsel[1]@host| () Bool)
(declare-fun |p.hw_ctr[1]@host| () Bool)
(declare-fun |p.hw_evtsel[0]@host| () Bool)
(declare-fun |p.hw_ctr[0]@host| () Bool)
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
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inp.guest_rdpmc.ecx () (_ BitVec 32))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.kvm_set_msr.host_initiated () Bool)
(declare-fun inp.kvm_set_msr.msr () (_ BitVec 32))
(declare-fun inp.kvm_set_msr.data () (_ BitVec 64))
(declare-fun inp.kvm_set_cpuid.perfctr_core () Bool)
(declare-fun inp.kvm_set_cpuid.num_core_pmc () (_ BitVec 4))
(declare-fun inp.kvm_set_cpuid.perfmon_v2 () Bool)
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.16 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.14 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.12 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.10 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.8 () (_ BitVec 64))
(declare-fun p.hw_global_status () (_ BitVec 64))
(declare-fun inp.host_mode_count.i () (_ BitVec 8))
(declare-fun inp.guest_count.i () (_ BitVec 8))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (p.has_run Bool) (p.cpuid_perfctr_core Bool) (p.cpuid_perfmon_v2 Bool) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_gp@host Bool) (p.gp_counter_bitmask (_ BitVec 64)) (p.gp_counter_bitmask@host Bool) (p.global_rsvd (_ BitVec 64)) (p.global_rsvd@host Bool) (|p.pmu_counter[0]@host| Bool) (|p.pmu_counter[1]@host| Bool) (|p.pmu_counter[2]@host| Bool) (|p.pmu_counter[3]@host| Bool) (|p.pmu_counter[4]@host| Bool) (|p.pmu_counter[5]@host| Bool) (|p.pmu_eventsel[0]| (_ BitVec 64)) (|p.pmu_eventsel[0]@host| Bool) (|p.pmu_eventsel[1]| (_ BitVec 64)) (|p.pmu_eventsel[1]@host| Bool) (|p.pmu_eventsel[2]| (_ BitVec 64)) (|p.pmu_eventsel[2]@host| Bool) (|p.pmu_eventsel[3]| (_ BitVec 64)) (|p.pmu_eventsel[3]@host| Bool) (|p.pmu_eventsel[4]| (_ BitVec 64)) (|p.pmu_eventsel[4]@host| Bool) (|p.pmu_eventsel[5]| (_ BitVec 64)) (|p.pmu_eventsel[5]@host| Bool) (|p.pmu_eventsel_hw[0]| (_ BitVec 64)) (|p.pmu_eventsel_hw[0]@host| Bool) (|p.pmu_eventsel_hw[1]| (_ BitVec 64)) (|p.pmu_eventsel_hw[1]@host| Bool) (|p.pmu_eventsel_hw[2]| (_ BitVec 64)) (|p.pmu_eventsel_hw[2]@host| Bool) (|p.pmu_eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_eventsel_hw[3]@host| Bool) (|p.pmu_eventsel_hw[4]| (_ BitVec 64)) (|p.pmu_eventsel_hw[4]@host| Bool) (|p.pmu_eventsel_hw[5]| (_ BitVec 64)) (|p.pmu_eventsel_hw[5]@host| Bool) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_ctrl@host Bool) (p.pmu_global_status (_ BitVec 64)) (p.pmu_global_status@host Bool) (|p.hw_ctr[0]@host| Bool) (|p.hw_ctr[1]@host| Bool) (|p.hw_ctr[2]@host| Bool) (|p.hw_ctr[3]@host| Bool) (|p.hw_ctr[4]@host| Bool) (|p.hw_ctr[5]@host| Bool) (|p.hw_evtsel[0]| (_ BitVec 64)) (|p.hw_evtsel[0]@host| Bool) (|p.hw_evtsel[1]| (_ BitVec 64)) (|p.hw_evtsel[1]@host| Bool) (|p.hw_evtsel[2]| (_ BitVec 64)) (|p.hw_evtsel[2]@host| Bool) (|p.hw_evtsel[3]| (_ BitVec 64)) (|p.hw_evtsel[3]@host| Bool) (|p.hw_evtsel[4]| (_ BitVec 64)) (|p.hw_evtsel[4]@host| Bool) (|p.hw_evtsel[5]| (_ BitVec 64)) (|p.hw_evtsel[5]@host| Bool) (p.hw_global_ctl (_ BitVec 64)) (p.hw_global_ctl@host Bool) (p.hw_global_status (_ BitVec 64)) (p.hw_global_status@host Bool) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_index@host Bool) (p.pending_data (_ BitVec 64)) (p.pending_data@host Bool) (p.__observed_no_host_data_to_guest Bool)) Bool
  (let ((a!1 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!2 (and (=> (bvult #x00 p.nr_gp)
                    (and (not |p.hw_ctr[0]@host|) (not |p.hw_evtsel[0]@host|)))
                (=> (bvult #x01 p.nr_gp)
                    (and (not |p.hw_ctr[1]@host|) (not |p.hw_evtsel[1]@host|)))
                (=> (bvult #x02 p.nr_gp)
                    (and (not |p.hw_ctr[2]@host|) (not |p.hw_evtsel[2]@host|)))
                (=> (bvult #x03 p.nr_gp)
                    (and (not |p.hw_ctr[3]@host|) (not |p.hw_evtsel[3]@host|)))
                (=> (bvult #x04 p.nr_gp)
                    (and (not |p.hw_ctr[4]@host|) (not |p.hw_evtsel[4]@host|)))
                (=> (bvult #x05 p.nr_gp)
                    (and (not |p.hw_ctr[5]@host|) (not |p.hw_evtsel[5]@host|)))))
      (a!3 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!4 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!6 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!8 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!17 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!19 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!21 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!23 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!25 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!27 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!29 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!30 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!31 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!32 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!34 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!35 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctl)))))
      (a!36 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctl)))))
      (a!37 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctl)))))
      (a!38 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctl)))))
      (a!39 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.hw_global_ctl)))))
      (a!40 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.hw_global_ctl))))))
(let ((a!5 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!4))))
      (a!7 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!6))))
      (a!9 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!8))))
      (a!11 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!10))))
      (a!13 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!12))))
      (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!14))))
      (a!18 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                      (not a!17))))
      (a!20 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                      (not a!19))))
      (a!22 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                      (not a!21))))
      (a!24 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                      (not a!23))))
      (a!26 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!25))))
      (a!28 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!27)))))
(let ((a!16 (=> a!1
                (and (=> (bvult #x00 p.nr_gp) a!5)
                     (=> (bvult #x01 p.nr_gp) a!7)
                     (=> (bvult #x02 p.nr_gp) a!9)
                     (=> (bvult #x03 p.nr_gp) a!11)
                     (=> (bvult #x04 p.nr_gp) a!13)
                     (=> (bvult #x05 p.nr_gp) a!15)))))
  (and (=> a!1 a!2)
       (=> a!3 (and (not p.hw_global_ctl@host) (not p.hw_global_status@host)))
       a!16
       a!18
       a!20
       a!22
       a!24
       a!26
       a!28
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!29
       a!30
       a!31
       a!32
       a!33
       a!34
       (=> a!1 (and a!35 a!36 a!37 a!38 a!39 a!40))
       (bvule p.nr_gp cfg.host_nr_gp)
       (=> (not (= #b00 p.ctx)) p.has_run)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.global_rsvd@host)
       (not |p.pmu_counter[0]@host|)
       (not |p.pmu_counter[1]@host|)
       (not |p.pmu_counter[2]@host|)
       (not |p.pmu_counter[3]@host|)
       (not |p.pmu_counter[4]@host|)
       (not |p.pmu_counter[5]@host|)
       (not |p.pmu_eventsel[0]@host|)
       (not |p.pmu_eventsel[1]@host|)
       (not |p.pmu_eventsel[2]@host|)
       (not |p.pmu_eventsel[3]@host|)
       (not |p.pmu_eventsel[4]@host|)
       (not |p.pmu_eventsel[5]@host|)
       (not |p.pmu_eventsel_hw[0]@host|)
       (not |p.pmu_eventsel_hw[1]@host|)
       (not |p.pmu_eventsel_hw[2]@host|)
       (not |p.pmu_eventsel_hw[3]@host|)
       (not |p.pmu_eventsel_hw[4]@host|)
       (not |p.pmu_eventsel_hw[5]@host|)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.__observed_no_host_data_to_guest))))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!2 (and (=> (bvult #x00 p.nr_gp)
                    (and (not |p.hw_ctr[0]@host|) (not |p.hw_evtsel[0]@host|)))
                (=> (bvult #x01 p.nr_gp)
                    (and (not |p.hw_ctr[1]@host|) (not |p.hw_evtsel[1]@host|)))
                (=> (bvult #x02 p.nr_gp)
                    (and (not |p.hw_ctr[2]@host|) (not |p.hw_evtsel[2]@host|)))
                (=> (bvult #x03 p.nr_gp)
                    (and (not |p.hw_ctr[3]@host|) (not |p.hw_evtsel[3]@host|)))
                (=> (bvult #x04 p.nr_gp)
                    (and (not |p.hw_ctr[4]@host|) (not |p.hw_evtsel[4]@host|)))
                (=> (bvult #x05 p.nr_gp)
                    (and (not |p.hw_ctr[5]@host|) (not |p.hw_evtsel[5]@host|)))))
      (a!3 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!4 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!6 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!8 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!17 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!19 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!21 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!23 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!25 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!27 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!29 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!30 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!31 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!32 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!34 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!35 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctl)))))
      (a!36 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctl)))))
      (a!37 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctl)))))
      (a!38 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctl)))))
      (a!39 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.hw_global_ctl)))))
      (a!40 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.hw_global_ctl))))))
(let ((a!5 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!4))))
      (a!7 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!6))))
      (a!9 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!8))))
      (a!11 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!10))))
      (a!13 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!12))))
      (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!14))))
      (a!18 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                      (not a!17))))
      (a!20 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                      (not a!19))))
      (a!22 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                      (not a!21))))
      (a!24 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                      (not a!23))))
      (a!26 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!25))))
      (a!28 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!27)))))
(let ((a!16 (=> a!1
                (and (=> (bvult #x00 p.nr_gp) a!5)
                     (=> (bvult #x01 p.nr_gp) a!7)
                     (=> (bvult #x02 p.nr_gp) a!9)
                     (=> (bvult #x03 p.nr_gp) a!11)
                     (=> (bvult #x04 p.nr_gp) a!13)
                     (=> (bvult #x05 p.nr_gp) a!15)))))
(let ((a!41 (and (=> a!1 a!2)
                 (=> a!3
                     (and (not p.hw_global_ctl@host)
                          (not p.hw_global_status@host)))
                 a!16
                 a!18
                 a!20
                 a!22
                 a!24
                 a!26
                 a!28
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
                 a!29
                 a!30
                 a!31
                 a!32
                 a!33
                 a!34
                 (=> a!1 (and a!35 a!36 a!37 a!38 a!39 a!40))
                 (bvule p.nr_gp cfg.host_nr_gp)
                 (=> (not (= #b00 p.ctx)) p.has_run)
                 (not p.nr_gp@host)
                 (not p.gp_counter_bitmask@host)
                 (not p.global_rsvd@host)
                 (not |p.pmu_counter[0]@host|)
                 (not |p.pmu_counter[1]@host|)
                 (not |p.pmu_counter[2]@host|)
                 (not |p.pmu_counter[3]@host|)
                 (not |p.pmu_counter[4]@host|)
                 (not |p.pmu_counter[5]@host|)
                 (not |p.pmu_eventsel[0]@host|)
                 (not |p.pmu_eventsel[1]@host|)
                 (not |p.pmu_eventsel[2]@host|)
                 (not |p.pmu_eventsel[3]@host|)
                 (not |p.pmu_eventsel[4]@host|)
                 (not |p.pmu_eventsel[5]@host|)
                 (not |p.pmu_eventsel_hw[0]@host|)
                 (not |p.pmu_eventsel_hw[1]@host|)
                 (not |p.pmu_eventsel_hw[2]@host|)
                 (not |p.pmu_eventsel_hw[3]@host|)
                 (not |p.pmu_eventsel_hw[4]@host|)
                 (not |p.pmu_eventsel_hw[5]@host|)
                 (not p.pmu_global_ctrl@host)
                 (not p.pmu_global_status@host)
                 (not p.pending_index@host)
                 (not p.pending_data@host)
                 (not p.__observed_no_host_data_to_guest))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       (= p.has_run false)
       (= p.cpuid_perfctr_core false)
       (= p.cpuid_perfmon_v2 false)
       (= #x00 p.pmu_version)
       (= #x00 p.nr_gp)
       (= p.nr_gp@host false)
       (= #x0000000000000000 p.gp_counter_bitmask)
       (= p.gp_counter_bitmask@host false)
       (= #xffffffffffffffff p.global_rsvd)
       (= p.global_rsvd@host false)
       (= |p.pmu_counter[0]@host| false)
       (= |p.pmu_counter[1]@host| false)
       (= |p.pmu_counter[2]@host| false)
       (= |p.pmu_counter[3]@host| false)
       (= |p.pmu_counter[4]@host| false)
       (= |p.pmu_counter[5]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel[0]|)
       (= |p.pmu_eventsel[0]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel[1]|)
       (= |p.pmu_eventsel[1]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel[2]|)
       (= |p.pmu_eventsel[2]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel[3]|)
       (= |p.pmu_eventsel[3]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel[4]|)
       (= |p.pmu_eventsel[4]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel[5]|)
       (= |p.pmu_eventsel[5]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel_hw[0]|)
       (= |p.pmu_eventsel_hw[0]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel_hw[1]|)
       (= |p.pmu_eventsel_hw[1]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel_hw[2]|)
       (= |p.pmu_eventsel_hw[2]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel_hw[3]|)
       (= |p.pmu_eventsel_hw[3]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel_hw[4]|)
       (= |p.pmu_eventsel_hw[4]@host| false)
       (= #x0000000000000000 |p.pmu_eventsel_hw[5]|)
       (= |p.pmu_eventsel_hw[5]@host| false)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= p.pmu_global_ctrl@host false)
       (= #x0000000000000000 p.pmu_global_status)
       (= p.pmu_global_status@host false)
       (= |p.hw_ctr[0]@host| true)
       (= |p.hw_ctr[1]@host| true)
       (= |p.hw_ctr[2]@host| true)
       (= |p.hw_ctr[3]@host| true)
       (= |p.hw_ctr[4]@host| true)
       (= |p.hw_ctr[5]@host| true)
       (= |p.hw_evtsel[0]@host| true)
       (= |p.hw_evtsel[1]@host| true)
       (= |p.hw_evtsel[2]@host| true)
       (= |p.hw_evtsel[3]@host| true)
       (= |p.hw_evtsel[4]@host| true)
       (= |p.hw_evtsel[5]@host| true)
       (= p.hw_global_ctl@host true)
       (= p.hw_global_status@host true)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= p.pending_index@host false)
       (= #x0000000000000000 p.pending_data)
       (= p.pending_data@host false)
       (not p.__observed_no_host_data_to_guest)
       (not a!41)))))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!2 (and (=> (bvult #x00 p.nr_gp)
                    (and (not |p.hw_ctr[0]@host|) (not |p.hw_evtsel[0]@host|)))
                (=> (bvult #x01 p.nr_gp)
                    (and (not |p.hw_ctr[1]@host|) (not |p.hw_evtsel[1]@host|)))
                (=> (bvult #x02 p.nr_gp)
                    (and (not |p.hw_ctr[2]@host|) (not |p.hw_evtsel[2]@host|)))
                (=> (bvult #x03 p.nr_gp)
                    (and (not |p.hw_ctr[3]@host|) (not |p.hw_evtsel[3]@host|)))
                (=> (bvult #x04 p.nr_gp)
                    (and (not |p.hw_ctr[4]@host|) (not |p.hw_evtsel[4]@host|)))
                (=> (bvult #x05 p.nr_gp)
                    (and (not |p.hw_ctr[5]@host|) (not |p.hw_evtsel[5]@host|)))))
      (a!3 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!4 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!6 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!8 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!17 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!19 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!21 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!23 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!25 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!27 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!29 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!30 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!31 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!32 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!34 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!35 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctl)))))
      (a!36 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctl)))))
      (a!37 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctl)))))
      (a!38 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctl)))))
      (a!39 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.hw_global_ctl)))))
      (a!40 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.hw_global_ctl)))))
      (a!41 (and (= #xa actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_rdmsr.msr #xc0010000)
                          (bvule inp.guest_rdmsr.msr #xc0010007))
                     (and (bvuge inp.guest_rdmsr.msr #xc0010200)
                          (bvule inp.guest_rdmsr.msr #xc001020b))
                     (and (bvuge inp.guest_rdmsr.msr #xc0000300)
                          (bvule inp.guest_rdmsr.msr #xc0000303)))))
      (a!42 (and (= #xc actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                          (bvule inp.guest_wrmsr.msr #xc0010007))
                     (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                          (bvule inp.guest_wrmsr.msr #xc001020b))
                     (and (bvuge inp.guest_wrmsr.msr #xc0000300)
                          (bvule inp.guest_wrmsr.msr #xc0000303)))))
      (a!43 (and (= #b00 p.pending)
                 (or (and (bvuge inp.kvm_set_msr.msr #xc0010000)
                          (bvule inp.kvm_set_msr.msr #xc0010007))
                     (and (bvuge inp.kvm_set_msr.msr #xc0010200)
                          (bvule inp.kvm_set_msr.msr #xc001020b))
                     (and (bvuge inp.kvm_set_msr.msr #xc0000300)
                          (bvule inp.kvm_set_msr.msr #xc0000303)))))
      (a!45 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!47 (or (not (= ((_ extract 31 8) inp.guest_rdpmc.ecx) #x000000))
                (bvule cfg.host_nr_gp ((_ extract 7 0) inp.guest_rdpmc.ecx))))
      (a!48 (or (not (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                        #b000000000000000))
                (bvule #b10000000000000000
                       ((_ extract 16 0) inp.guest_rdpmc.ecx))))
      (a!51 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x00)))
      (a!52 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x01)))
      (a!53 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x02)))
      (a!54 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x03)))
      (a!55 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.cpuid_perfctr_core))
      (a!77 (not (= #x00
                    (ite (= #x0 actp)
                         (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)
                         p.pmu_version))))
      (a!79 (ite (bvult ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                        (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                 ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                 (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!80 (ite (bvult #x06
                        (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                 #x06
                 (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!81 (ite (bvult #x04
                        (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                 #x04
                 (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!83 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      |p.pmu_counter[0]@host|
                      |p.hw_ctr[0]@host|)
                 |p.hw_ctr[0]@host|))
      (a!84 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp) false |p.hw_ctr[0]@host|)
                 |p.hw_ctr[0]@host|))
      (a!86 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|))
                 (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|)))))
      (a!87 (ite (= #x02 inp.guest_count.i)
                 |p.hw_ctr[2]@host|
                 (ite (= #x03 inp.guest_count.i)
                      |p.hw_ctr[3]@host|
                      (ite (= #x04 inp.guest_count.i)
                           |p.hw_ctr[4]@host|
                           |p.hw_ctr[5]@host|))))
      (a!90 (or (and (bvuge inp.guest_wrmsr.msr #xc0010004)
                     (bvule inp.guest_wrmsr.msr #xc0010007))
                (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                          (bvule inp.guest_wrmsr.msr #xc001020b))
                     (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!91 (ite (and (bvule #xc0010200 inp.guest_wrmsr.msr)
                      (bvule inp.guest_wrmsr.msr #xc001020b))
                 (concat #b0
                         ((_ extract 31 1)
                           (bvadd #x3ffefe00 inp.guest_wrmsr.msr)))
                 (ite (and (bvule #xc0010004 inp.guest_wrmsr.msr)
                           (bvule inp.guest_wrmsr.msr #xc0010007))
                      (bvadd #x3ffefffc inp.guest_wrmsr.msr)
                      (bvadd #x3fff0000 inp.guest_wrmsr.msr))))
      (a!95 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      |p.pmu_eventsel_hw[0]@host|
                      |p.hw_evtsel[0]@host|)
                 |p.hw_evtsel[0]@host|))
      (a!96 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp) false |p.hw_evtsel[0]@host|)
                 |p.hw_evtsel[0]@host|))
      (a!97 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                      (bvule inp.guest_wrmsr.msr #xc001020b))
                 (not (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!101 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_counter[1]@host|
                       |p.hw_ctr[1]@host|)
                  |p.hw_ctr[1]@host|))
      (a!102 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) false |p.hw_ctr[1]@host|)
                  |p.hw_ctr[1]@host|))
      (a!104 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|)))))
      (a!109 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]@host|
                       |p.hw_evtsel[1]@host|)
                  |p.hw_evtsel[1]@host|))
      (a!110 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) false |p.hw_evtsel[1]@host|)
                  |p.hw_evtsel[1]@host|))
      (a!114 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_counter[2]@host|
                       |p.hw_ctr[2]@host|)
                  |p.hw_ctr[2]@host|))
      (a!115 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) false |p.hw_ctr[2]@host|)
                  |p.hw_ctr[2]@host|))
      (a!117 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|)))))
      (a!122 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]@host|
                       |p.hw_evtsel[2]@host|)
                  |p.hw_evtsel[2]@host|))
      (a!123 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) false |p.hw_evtsel[2]@host|)
                  |p.hw_evtsel[2]@host|))
      (a!127 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_counter[3]@host|
                       |p.hw_ctr[3]@host|)
                  |p.hw_ctr[3]@host|))
      (a!128 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) false |p.hw_ctr[3]@host|)
                  |p.hw_ctr[3]@host|))
      (a!130 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|)))))
      (a!135 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]@host|
                       |p.hw_evtsel[3]@host|)
                  |p.hw_evtsel[3]@host|))
      (a!136 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) false |p.hw_evtsel[3]@host|)
                  |p.hw_evtsel[3]@host|))
      (a!140 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_counter[4]@host|
                       |p.hw_ctr[4]@host|)
                  |p.hw_ctr[4]@host|))
      (a!141 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp) false |p.hw_ctr[4]@host|)
                  |p.hw_ctr[4]@host|))
      (a!143 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|)))))
      (a!148 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]@host|
                       |p.hw_evtsel[4]@host|)
                  |p.hw_evtsel[4]@host|))
      (a!149 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp) false |p.hw_evtsel[4]@host|)
                  |p.hw_evtsel[4]@host|))
      (a!153 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_counter[5]@host|
                       |p.hw_ctr[5]@host|)
                  |p.hw_ctr[5]@host|))
      (a!154 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp) false |p.hw_ctr[5]@host|)
                  |p.hw_ctr[5]@host|))
      (a!156 (and (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|))
                  (not (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|)))))
      (a!161 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]@host|
                       |p.hw_evtsel[5]@host|)
                  |p.hw_evtsel[5]@host|))
      (a!162 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp) false |p.hw_evtsel[5]@host|)
                  |p.hw_evtsel[5]@host|))
      (a!167 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl@host
                  p.hw_global_ctl@host))
      (a!168 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_ctl@host))
      (a!172 (ite (= #x0000000000000000
                     (bvand p.hw_global_status (bvnot p.hw_global_status)))
                  false
                  (or p.hw_global_status@host p.hw_global_status@host)))
      (a!176 (ite (= #x0000000000000000
                     (bvand p.hw_global_status (bvnot inp.guest_wrmsr.data)))
                  false
                  p.hw_global_status@host))
      (a!183 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_eventsel_hw[0]|
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!184 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) #x0000000000000000 |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!190 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]|
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!191 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) #x0000000000000000 |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!197 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]|
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!198 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) #x0000000000000000 |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!204 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]|
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!205 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) #x0000000000000000 |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!211 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]|
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!212 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp) #x0000000000000000 |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!218 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]|
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!219 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp) #x0000000000000000 |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!226 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010000)
                  (bvule (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010007)))
      (a!227 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010200)
                  (bvule (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc001020b)))
      (a!228 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010004)
                  (bvule (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010007)))
      (a!233 (and (bvule #xc0010200
                         (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index))
                  (bvule (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc001020b)))
      (a!234 (and (bvule #xc0010004
                         (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index))
                  (bvule (ite inp.kvm_set_msr.host_initiated
                              inp.kvm_set_msr.msr
                              p.pending_index)
                         #xc0010007)))
      (a!237 (concat #b0
                     ((_ extract 31 9)
                       (bvadd #x3ffefe00
                              (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)))))
      (a!240 (concat #b0
                     ((_ extract 31 1)
                       (bvadd #x3ffefe00
                              (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)))))
      (a!242 (bvor (bvand (bvand (ite inp.kvm_set_msr.host_initiated
                                      inp.kvm_set_msr.data
                                      p.pending_data)
                                 (bvnot #xfffffff000280000))
                          (bvnot #x0000020000000000))
                   #x0000010000000000))
      (a!276 (and cfg.enable_mediated_pmu
                  (not (= #x00 (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)))))
      (a!288 (ite (= #xc0000300
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
      (a!299 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctl))
      (a!300 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctl))
      (a!310 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.hw_ctr[0]@host|
                       |p.pmu_counter[0]@host|)
                  |p.pmu_counter[0]@host|))
      (a!314 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.hw_ctr[1]@host|
                       |p.pmu_counter[1]@host|)
                  |p.pmu_counter[1]@host|))
      (a!318 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.hw_ctr[2]@host|
                       |p.pmu_counter[2]@host|)
                  |p.pmu_counter[2]@host|))
      (a!322 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.hw_ctr[3]@host|
                       |p.pmu_counter[3]@host|)
                  |p.pmu_counter[3]@host|))
      (a!326 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp)
                       |p.hw_ctr[4]@host|
                       |p.pmu_counter[4]@host|)
                  |p.pmu_counter[4]@host|))
      (a!330 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp)
                       |p.hw_ctr[5]@host|
                       |p.pmu_counter[5]@host|)
                  |p.pmu_counter[5]@host|))
      (a!372 (ite (= #xc0000300
                     (ite inp.kvm_set_msr.host_initiated
                          inp.kvm_set_msr.msr
                          p.pending_index))
                  p.pmu_global_ctrl@host
                  (ite (= #xc0000301
                          (ite inp.kvm_set_msr.host_initiated
                               inp.kvm_set_msr.msr
                               p.pending_index))
                       (or p.pending_data@host p.global_rsvd@host)
                       p.pmu_global_ctrl@host)))
      (a!377 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_status@host
                  p.pmu_global_status@host))
      (a!378 (bvnot (bvor (bvnot p.global_rsvd)
                          (bvnot (ite inp.kvm_set_msr.host_initiated
                                      inp.kvm_set_msr.data
                                      p.pending_data)))))
      (a!379 (ite (= #xc0000302
                     (ite inp.kvm_set_msr.host_initiated
                          inp.kvm_set_msr.msr
                          p.pending_index))
                  (ite (not inp.kvm_set_msr.host_initiated)
                       (or p.pmu_global_status@host p.pending_data@host)
                       p.pmu_global_status@host)
                  (ite (not inp.kvm_set_msr.host_initiated)
                       (or p.pmu_global_status@host
                           (or p.pending_data@host p.global_rsvd@host))
                       p.pmu_global_status@host)))
      (a!387 (ite (= #x00000002 inp.guest_rdpmc.ecx)
                  |p.hw_ctr[2]@host|
                  (ite (= #x00000003 inp.guest_rdpmc.ecx)
                       |p.hw_ctr[3]@host|
                       (ite (= #x00000004 inp.guest_rdpmc.ecx)
                            |p.hw_ctr[4]@host|
                            |p.hw_ctr[5]@host|))))
      (a!389 (ite (= #x00000002 p.pending_index)
                  |p.pmu_counter[2]@host|
                  (ite (= #x00000003 p.pending_index)
                       |p.pmu_counter[3]@host|
                       (ite (= #x00000004 p.pending_index)
                            |p.pmu_counter[4]@host|
                            |p.pmu_counter[5]@host|))))
      (a!392 (or (and (bvuge inp.guest_rdmsr.msr #xc0010004)
                      (bvule inp.guest_rdmsr.msr #xc0010007))
                 (and (and (bvuge inp.guest_rdmsr.msr #xc0010200)
                           (bvule inp.guest_rdmsr.msr #xc001020b))
                      (= #b1 ((_ extract 0 0) inp.guest_rdmsr.msr)))))
      (a!393 (ite (and (bvuge inp.guest_rdmsr.msr #xc0010200)
                       (bvule inp.guest_rdmsr.msr #xc001020b))
                  (bvlshr (bvsub inp.guest_rdmsr.msr #xc0010200) #x00000001)
                  (ite (and (bvuge inp.guest_rdmsr.msr #xc0010004)
                            (bvule inp.guest_rdmsr.msr #xc0010007))
                       (bvsub inp.guest_rdmsr.msr #xc0010004)
                       (bvsub inp.guest_rdmsr.msr #xc0010000))))
      (a!397 (and (and (bvuge inp.guest_rdmsr.msr #xc0010200)
                       (bvule inp.guest_rdmsr.msr #xc001020b))
                  (not (= #b1 ((_ extract 0 0) inp.guest_rdmsr.msr)))))
      (a!402 (not (and (and (bvuge p.pending_index #xc0010000)
                            (bvule p.pending_index #xc0010007))
                       (= #x00 p.pmu_version))))
      (a!403 (or (and (bvuge p.pending_index #xc0010000)
                      (bvule p.pending_index #xc0010007))
                 (and (bvuge p.pending_index #xc0010200)
                      (bvule p.pending_index #xc001020b))))
      (a!404 (or (and (bvuge p.pending_index #xc0010004)
                      (bvule p.pending_index #xc0010007))
                 (and (and (bvuge p.pending_index #xc0010200)
                           (bvule p.pending_index #xc001020b))
                      (= #b1 ((_ extract 0 0) p.pending_index)))))
      (a!405 (ite (and (bvuge p.pending_index #xc0010200)
                       (bvule p.pending_index #xc001020b))
                  (bvlshr (bvsub p.pending_index #xc0010200) #x00000001)
                  (ite (and (bvuge p.pending_index #xc0010004)
                            (bvule p.pending_index #xc0010007))
                       (bvsub p.pending_index #xc0010004)
                       (bvsub p.pending_index #xc0010000))))
      (a!408 (or (or p.pending_index@host p.pending_index@host)
                 p.pending_index@host
                 (or p.pending_index@host p.pending_index@host)
                 p.pending_index@host
                 p.pending_index@host)))
(let ((a!5 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!4))))
      (a!7 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!6))))
      (a!9 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!8))))
      (a!11 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!10))))
      (a!13 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!12))))
      (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!14))))
      (a!18 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                      (not a!17))))
      (a!20 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                      (not a!19))))
      (a!22 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                      (not a!21))))
      (a!24 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                      (not a!23))))
      (a!26 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!25))))
      (a!28 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!27))))
      (a!44 (or (and (= #x0 actp)
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
                a!41
                (and (= #xb actp) (= #b00 p.ctx) (= #b10 p.pending))
                a!42
                (and (= #xd actp)
                     (= #b00 p.ctx)
                     (ite inp.kvm_set_msr.host_initiated
                          a!43
                          (= #b11 p.pending)))))
      (a!46 (or cfg.enable_vmware_backdoor
                (or a!45 (not (= p.nr_gp cfg.host_nr_gp)))
                (not (= #x0000ffffffffffff p.gp_counter_bitmask))))
      (a!49 (not (and cfg.enable_vmware_backdoor
                      a!48
                      (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                         #b000000000000000)
                      (bvule ((_ extract 16 0) inp.guest_rdpmc.ecx)
                             #b10000000000000010))))
      (a!56 (or (or a!45 (not (= p.nr_gp cfg.host_nr_gp)))
                (not (bvugt p.pmu_version #x01))))
      (a!82 (ite (= #x0 actp)
                 (ite inp.kvm_set_cpuid.perfmon_v2
                      a!79
                      (ite inp.kvm_set_cpuid.perfctr_core a!80 a!81))
                 p.nr_gp))
      (a!85 (and (= #x00 inp.host_mode_count.i)
                 (bvult #x00 cfg.host_nr_gp)
                 (= #b1 ((_ extract 0 0) p.hw_global_ctl))
                 (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                 (not a!4)))
      (a!88 (ite (= #x00 inp.guest_count.i)
                 |p.hw_ctr[0]@host|
                 (ite (= #x01 inp.guest_count.i) |p.hw_ctr[1]@host| a!87)))
      (a!98 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                          (bvule inp.guest_wrmsr.msr #xc0010003))
                     a!97)
                 (ite (= a!91 #x00000000) false |p.hw_evtsel[0]@host|)
                 |p.hw_evtsel[0]@host|))
      (a!103 (and (= #x01 inp.host_mode_count.i)
                  (bvult #x01 cfg.host_nr_gp)
                  (= #b1 ((_ extract 1 1) p.hw_global_ctl))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                  (not a!6)))
      (a!111 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000001) false |p.hw_evtsel[1]@host|)
                  |p.hw_evtsel[1]@host|))
      (a!116 (and (= #x02 inp.host_mode_count.i)
                  (bvult #x02 cfg.host_nr_gp)
                  (= #b1 ((_ extract 2 2) p.hw_global_ctl))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                  (not a!8)))
      (a!124 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000002) false |p.hw_evtsel[2]@host|)
                  |p.hw_evtsel[2]@host|))
      (a!129 (and (= #x03 inp.host_mode_count.i)
                  (bvult #x03 cfg.host_nr_gp)
                  (= #b1 ((_ extract 3 3) p.hw_global_ctl))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                  (not a!10)))
      (a!137 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000003) false |p.hw_evtsel[3]@host|)
                  |p.hw_evtsel[3]@host|))
      (a!142 (and (= #x04 inp.host_mode_count.i)
                  (bvult #x04 cfg.host_nr_gp)
                  (= #b1 ((_ extract 4 4) p.hw_global_ctl))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                  (not a!12)))
      (a!150 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000004) false |p.hw_evtsel[4]@host|)
                  |p.hw_evtsel[4]@host|))
      (a!155 (and (= #x05 inp.host_mode_count.i)
                  (bvult #x05 cfg.host_nr_gp)
                  (= #b1 ((_ extract 5 5) p.hw_global_ctl))
                  (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                  (not a!14)))
      (a!163 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000005) false |p.hw_evtsel[5]@host|)
                  |p.hw_evtsel[5]@host|))
      (a!169 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  p.hw_global_ctl@host
                  (ite (= #xc0000301 inp.guest_wrmsr.msr)
                       false
                       p.hw_global_ctl@host)))
      (a!173 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (or a!172 p.pmu_global_status@host)
                  p.hw_global_status@host))
      (a!174 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!172
                  p.hw_global_status@host))
      (a!177 (ite (= #xc0000301 inp.guest_wrmsr.msr)
                  p.hw_global_status@host
                  (ite (= #xc0000300 inp.guest_wrmsr.msr)
                       p.hw_global_status@host
                       (ite (= #xc0000302 inp.guest_wrmsr.msr)
                            a!176
                            p.hw_global_status@host))))
      (a!185 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000000)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!192 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000001)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!199 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000002)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!206 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000003)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!213 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000004)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!220 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  (ite (= a!91 #x00000005)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!229 (and a!227
                  (= #b1
                     ((_ extract 0 0)
                       (ite inp.kvm_set_msr.host_initiated
                            inp.kvm_set_msr.msr
                            p.pending_index)))))
      (a!230 (ite a!227
                  (bvlshr (bvsub (ite inp.kvm_set_msr.host_initiated
                                      inp.kvm_set_msr.msr
                                      p.pending_index)
                                 #xc0010200)
                          #x00000001)
                  (ite a!228
                       (bvsub (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)
                              #xc0010004)
                       (bvsub (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)
                              #xc0010000))))
      (a!235 (ite a!234
                  (bvadd #xfc
                         (ite inp.kvm_set_msr.host_initiated
                              ((_ extract 7 0) inp.kvm_set_msr.msr)
                              ((_ extract 7 0) p.pending_index)))
                  (ite inp.kvm_set_msr.host_initiated
                       ((_ extract 7 0) inp.kvm_set_msr.msr)
                       ((_ extract 7 0) p.pending_index))))
      (a!238 (ite a!234
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
      (a!241 (ite a!233
                  a!240
                  (ite a!234
                       (bvadd #x3ffefffc
                              (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index))
                       (bvadd #x3fff0000
                              (ite inp.kvm_set_msr.host_initiated
                                   inp.kvm_set_msr.msr
                                   p.pending_index)))))
      (a!273 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite inp.kvm_set_cpuid.perfmon_v2
                           a!79
                           (ite inp.kvm_set_cpuid.perfctr_core a!80 a!81)))))
      (a!275 (not (= #x00
                     (ite inp.kvm_set_cpuid.perfmon_v2
                          a!79
                          (ite inp.kvm_set_cpuid.perfctr_core a!80 a!81)))))
      (a!289 (ite (and a!226 (= #x00 p.pmu_version))
                  p.pmu_global_ctrl
                  (ite (or a!226 a!227)
                       p.pmu_global_ctrl
                       (ite (bvule p.pmu_version #x01) p.pmu_global_ctrl a!288))))
      (a!301 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  p.hw_global_ctl
                  (ite (= #xc0000301 inp.guest_wrmsr.msr)
                       inp.guest_wrmsr.data
                       p.hw_global_ctl)))
      (a!373 (ite (and a!226 (= #x00 p.pmu_version))
                  p.pmu_global_ctrl@host
                  (ite (or a!226 a!227)
                       p.pmu_global_ctrl@host
                       (ite (bvule p.pmu_version #x01)
                            p.pmu_global_ctrl@host
                            a!372))))
      (a!380 (ite (= #xc0000300
                     (ite inp.kvm_set_msr.host_initiated
                          inp.kvm_set_msr.msr
                          p.pending_index))
                  (ite inp.kvm_set_msr.host_initiated
                       (ite (= a!378 #x0000000000000000)
                            p.pending_data@host
                            p.pmu_global_status@host)
                       p.pmu_global_status@host)
                  (ite (= #xc0000301
                          (ite inp.kvm_set_msr.host_initiated
                               inp.kvm_set_msr.msr
                               p.pending_index))
                       p.pmu_global_status@host
                       a!379)))
      (a!390 (or (ite (= #x00000000 p.pending_index)
                      |p.pmu_counter[0]@host|
                      (ite (= #x00000001 p.pending_index)
                           |p.pmu_counter[1]@host|
                           a!389))
                 p.pending_index@host
                 p.gp_counter_bitmask@host))
      (a!394 (ite (= #x00000002 a!393)
                  |p.hw_ctr[2]@host|
                  (ite (= #x00000003 a!393)
                       |p.hw_ctr[3]@host|
                       (ite (= #x00000004 a!393)
                            |p.hw_ctr[4]@host|
                            |p.hw_ctr[5]@host|))))
      (a!398 (ite (= #x00000002 a!393)
                  |p.hw_evtsel[2]@host|
                  (ite (= #x00000003 a!393)
                       |p.hw_evtsel[3]@host|
                       (ite (= #x00000004 a!393)
                            |p.hw_evtsel[4]@host|
                            |p.hw_evtsel[5]@host|))))
      (a!400 (not (or (and (bvuge inp.guest_rdmsr.msr #xc0010000)
                           (bvule inp.guest_rdmsr.msr #xc0010003))
                      a!397)))
      (a!406 (or (= #x00 p.pmu_version)
                 (and (and (bvuge p.pending_index #xc0010200)
                           (bvule p.pending_index #xc001020b))
                      (not p.cpuid_perfctr_core))
                 (bvuge a!405 ((_ zero_extend 24) p.nr_gp))))
      (a!407 (ite (= #x00000002 a!405)
                  |p.pmu_counter[2]@host|
                  (ite (= #x00000003 a!405)
                       |p.pmu_counter[3]@host|
                       (ite (= #x00000004 a!405)
                            |p.pmu_counter[4]@host|
                            |p.pmu_counter[5]@host|))))
      (a!410 (ite (= #x00000002 a!405)
                  |p.pmu_eventsel[2]@host|
                  (ite (= #x00000003 a!405)
                       |p.pmu_eventsel[3]@host|
                       (ite (= #x00000004 a!405)
                            |p.pmu_eventsel[4]@host|
                            |p.pmu_eventsel[5]@host|))))
      (a!412 (and (and a!402 (not a!403) (not (bvule p.pmu_version #x01)))
                  (= #xc0000300 p.pending_index)
                  true
                  p.pmu_global_status@host))
      (a!413 (and (and a!402 (not a!403) (not (bvule p.pmu_version #x01)))
                  (not (= #xc0000300 p.pending_index))
                  (= #xc0000301 p.pending_index)
                  true
                  p.pmu_global_ctrl@host)))
(let ((a!16 (=> a!1
                (and (=> (bvult #x00 p.nr_gp) a!5)
                     (=> (bvult #x01 p.nr_gp) a!7)
                     (=> (bvult #x02 p.nr_gp) a!9)
                     (=> (bvult #x03 p.nr_gp) a!11)
                     (=> (bvult #x04 p.nr_gp) a!13)
                     (=> (bvult #x05 p.nr_gp) a!15))))
      (a!50 (ite a!46 (ite (not (and a!47 a!49)) #b01 p.ctx) p.ctx))
      (a!57 (ite (= #xc0000300 inp.guest_rdmsr.msr)
                 a!56
                 (ite (= #xc0000302 inp.guest_rdmsr.msr)
                      a!56
                      (ite (= #xc0000303 inp.guest_rdmsr.msr) a!56 true))))
      (a!65 (ite (= #xc0000300 inp.guest_wrmsr.msr)
                 a!56
                 (ite (= #xc0000302 inp.guest_wrmsr.msr)
                      a!56
                      (ite (= #xc0000303 inp.guest_wrmsr.msr) a!56 true))))
      (a!89 (ite (and (= #x00 inp.guest_count.i)
                      (bvult #x00 cfg.host_nr_gp)
                      (= #b1 ((_ extract 0 0) p.hw_global_ctl))
                      (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|))
                      (not a!86))
                 a!88
                 |p.hw_ctr[0]@host|))
      (a!105 (ite (and (= #x01 inp.guest_count.i)
                       (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|))
                       (not a!104))
                  a!88
                  |p.hw_ctr[1]@host|))
      (a!118 (ite (and (= #x02 inp.guest_count.i)
                       (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|))
                       (not a!117))
                  a!88
                  |p.hw_ctr[2]@host|))
      (a!131 (ite (and (= #x03 inp.guest_count.i)
                       (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|))
                       (not a!130))
                  a!88
                  |p.hw_ctr[3]@host|))
      (a!144 (ite (and (= #x04 inp.guest_count.i)
                       (bvult #x04 cfg.host_nr_gp)
                       (= #b1 ((_ extract 4 4) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|))
                       (not a!143))
                  a!88
                  |p.hw_ctr[4]@host|))
      (a!157 (ite (and (= #x05 inp.guest_count.i)
                       (bvult #x05 cfg.host_nr_gp)
                       (= #b1 ((_ extract 5 5) p.hw_global_ctl))
                       (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|))
                       (not a!156))
                  a!88
                  |p.hw_ctr[5]@host|))
      (a!175 (ite a!129
                  true
                  (ite a!116
                       true
                       (ite a!103 true (ite a!85 true p.hw_global_status@host)))))
      (a!178 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!97)
                  p.hw_global_status@host
                  a!177))
      (a!231 (ite (= #x00000002 a!230)
                  |p.pmu_eventsel[2]|
                  (ite (= #x00000003 a!230)
                       |p.pmu_eventsel[3]|
                       (ite (= #x00000004 a!230)
                            |p.pmu_eventsel[4]|
                            |p.pmu_eventsel[5]|))))
      (a!236 (ite a!233
                  ((_ extract 8 1)
                    (bvadd #x3ffefe00
                           (ite inp.kvm_set_msr.host_initiated
                                inp.kvm_set_msr.msr
                                p.pending_index)))
                  a!235))
      (a!274 (ite (= #x0 actp)
                  (ite (bvugt (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01) #x01)
                       (bvnot (bvsub a!273 #x0000000000000001))
                       #xffffffffffffffff)
                  p.global_rsvd))
      (a!277 (and a!275
                  (or (bvugt (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01) #x01)
                      a!276)))
      (a!278 (ite (= #xc0000301 #xc0000300)
                  a!56
                  (ite (= #xc0000301 #xc0000302)
                       a!56
                       (ite (= #xc0000301 #xc0000303) a!56 true))))
      (a!381 (ite (and a!226 (= #x00 p.pmu_version))
                  p.pmu_global_status@host
                  (ite (or a!226 a!227)
                       p.pmu_global_status@host
                       (ite (bvule p.pmu_version #x01)
                            p.pmu_global_status@host
                            a!380))))
      (a!383 (ite a!46
                  (ite (not (and a!47 a!49)) false p.pending_index@host)
                  p.pending_index@host))
      (a!388 (and (not a!46)
                  (bvult inp.guest_rdpmc.ecx
                         ((_ zero_extend 24) cfg.host_nr_gp))
                  true
                  (ite (= #x00000000 inp.guest_rdpmc.ecx)
                       |p.hw_ctr[0]@host|
                       (ite (= #x00000001 inp.guest_rdpmc.ecx)
                            |p.hw_ctr[1]@host|
                            a!387))))
      (a!391 (and (not (= #x00 p.pmu_version))
                  (not (and cfg.enable_vmware_backdoor
                            (bvuge p.pending_index #x00010000)
                            (bvule p.pending_index #x00010002)))
                  (not (bvuge p.pending_index ((_ zero_extend 24) p.nr_gp)))
                  true
                  a!390))
      (a!409 (or (ite (= #x00000000 a!405)
                      |p.pmu_counter[0]@host|
                      (ite (= #x00000001 a!405) |p.pmu_counter[1]@host| a!407))
                 a!408
                 p.gp_counter_bitmask@host))
      (a!411 (or (ite (= #x00000000 a!405)
                      |p.pmu_eventsel[0]@host|
                      (ite (= #x00000001 a!405) |p.pmu_eventsel[1]@host| a!410))
                 a!408)))
(let ((a!58 (ite (= #xc001020b inp.guest_rdmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x05)))
                 (ite (= #xc0000301 inp.guest_rdmsr.msr) a!56 a!57)))
      (a!66 (ite (= #xc001020b inp.guest_wrmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x05)))
                 (ite (= #xc0000301 inp.guest_wrmsr.msr) a!56 a!65)))
      (a!232 (= (bvand (ite inp.kvm_set_msr.host_initiated
                            inp.kvm_set_msr.data
                            p.pending_data)
                       (bvnot #xfffffff000280000))
                (ite (= #x00000000 a!230)
                     |p.pmu_eventsel[0]|
                     (ite (= #x00000001 a!230) |p.pmu_eventsel[1]| a!231))))
      (a!239 (or (= p.pmu_version #x00)
                 (and (bvule #xc0010200
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index))
                      (bvule (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)
                             #xc001020b)
                      (not p.cpuid_perfctr_core))
                 (bvule p.nr_gp a!236)
                 (not (= (ite a!233 a!237 a!238) #x000000))))
      (a!279 (ite (= #xc0000301 #xc001020b)
                  (not (and a!55 (bvugt p.nr_gp #x05)))
                  (ite (= #xc0000301 #xc0000301) a!56 a!278)))
      (a!382 (ite (= #x0 actp)
                  false
                  (ite (= #x4 actp)
                       a!377
                       (ite (= #xd actp) a!381 p.pmu_global_status@host))))
      (a!414 (ite (= #xb actp)
                  (or p.__observed_no_host_data_to_guest
                      (and (and a!402 a!403) a!404 (ite a!406 false true) a!409)
                      (and (and a!402 a!403)
                           (not a!404)
                           (ite a!406 false true)
                           a!411)
                      a!412
                      a!413)
                  p.__observed_no_host_data_to_guest)))
(let ((a!59 (ite (= #xc0010209 inp.guest_rdmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x04)))
                 a!58))
      (a!67 (ite (= #xc0010209 inp.guest_wrmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x04)))
                 a!66))
      (a!243 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000000))
                       a!242
                       |p.pmu_eventsel_hw[0]|)
                  |p.pmu_eventsel_hw[0]|))
      (a!248 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000001))
                       a!242
                       |p.pmu_eventsel_hw[1]|)
                  |p.pmu_eventsel_hw[1]|))
      (a!253 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000002))
                       a!242
                       |p.pmu_eventsel_hw[2]|)
                  |p.pmu_eventsel_hw[2]|))
      (a!258 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000003))
                       a!242
                       |p.pmu_eventsel_hw[3]|)
                  |p.pmu_eventsel_hw[3]|))
      (a!263 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000004))
                       a!242
                       |p.pmu_eventsel_hw[4]|)
                  |p.pmu_eventsel_hw[4]|))
      (a!268 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000005))
                       a!242
                       |p.pmu_eventsel_hw[5]|)
                  |p.pmu_eventsel_hw[5]|))
      (a!280 (ite (= #xc0000301 #xc0010209)
                  (not (and a!55 (bvugt p.nr_gp #x04)))
                  a!279))
      (a!311 (ite (or a!228 a!229)
                  (ite (and (not a!239) (= a!241 #x00000000))
                       (or p.pending_data@host p.gp_counter_bitmask@host)
                       |p.pmu_counter[0]@host|)
                  |p.pmu_counter[0]@host|))
      (a!315 (ite (or a!228 a!229)
                  (ite (and (not a!239) (= a!241 #x00000001))
                       (or p.pending_data@host p.gp_counter_bitmask@host)
                       |p.pmu_counter[1]@host|)
                  |p.pmu_counter[1]@host|))
      (a!319 (ite (or a!228 a!229)
                  (ite (and (not a!239) (= a!241 #x00000002))
                       (or p.pending_data@host p.gp_counter_bitmask@host)
                       |p.pmu_counter[2]@host|)
                  |p.pmu_counter[2]@host|))
      (a!323 (ite (or a!228 a!229)
                  (ite (and (not a!239) (= a!241 #x00000003))
                       (or p.pending_data@host p.gp_counter_bitmask@host)
                       |p.pmu_counter[3]@host|)
                  |p.pmu_counter[3]@host|))
      (a!327 (ite (or a!228 a!229)
                  (ite (and (not a!239) (= a!241 #x00000004))
                       (or p.pending_data@host p.gp_counter_bitmask@host)
                       |p.pmu_counter[4]@host|)
                  |p.pmu_counter[4]@host|))
      (a!331 (ite (or a!228 a!229)
                  (ite (and (not a!239) (= a!241 #x00000005))
                       (or p.pending_data@host p.gp_counter_bitmask@host)
                       |p.pmu_counter[5]@host|)
                  |p.pmu_counter[5]@host|))
      (a!334 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000000))
                       p.pending_data@host
                       |p.pmu_eventsel[0]@host|)
                  |p.pmu_eventsel[0]@host|))
      (a!337 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000001))
                       p.pending_data@host
                       |p.pmu_eventsel[1]@host|)
                  |p.pmu_eventsel[1]@host|))
      (a!340 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000002))
                       p.pending_data@host
                       |p.pmu_eventsel[2]@host|)
                  |p.pmu_eventsel[2]@host|))
      (a!343 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000003))
                       p.pending_data@host
                       |p.pmu_eventsel[3]@host|)
                  |p.pmu_eventsel[3]@host|))
      (a!346 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000004))
                       p.pending_data@host
                       |p.pmu_eventsel[4]@host|)
                  |p.pmu_eventsel[4]@host|))
      (a!349 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000005))
                       p.pending_data@host
                       |p.pmu_eventsel[5]@host|)
                  |p.pmu_eventsel[5]@host|))
      (a!352 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000000))
                       p.pending_data@host
                       |p.pmu_eventsel_hw[0]@host|)
                  |p.pmu_eventsel_hw[0]@host|))
      (a!355 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000001))
                       p.pending_data@host
                       |p.pmu_eventsel_hw[1]@host|)
                  |p.pmu_eventsel_hw[1]@host|))
      (a!358 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000002))
                       p.pending_data@host
                       |p.pmu_eventsel_hw[2]@host|)
                  |p.pmu_eventsel_hw[2]@host|))
      (a!361 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000003))
                       p.pending_data@host
                       |p.pmu_eventsel_hw[3]@host|)
                  |p.pmu_eventsel_hw[3]@host|))
      (a!364 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000004))
                       p.pending_data@host
                       |p.pmu_eventsel_hw[4]@host|)
                  |p.pmu_eventsel_hw[4]@host|))
      (a!367 (ite (not a!232)
                  (ite (and (not a!239) (= a!241 #x00000005))
                       p.pending_data@host
                       |p.pmu_eventsel_hw[5]@host|)
                  |p.pmu_eventsel_hw[5]@host|)))
(let ((a!60 (ite (= #xc0010207 inp.guest_rdmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x03)))
                 a!59))
      (a!68 (ite (= #xc0010207 inp.guest_wrmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x03)))
                 a!67))
      (a!244 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[0]|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[0]| a!243)
                       |p.pmu_eventsel_hw[0]|)))
      (a!249 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[1]|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[1]| a!248)
                       |p.pmu_eventsel_hw[1]|)))
      (a!254 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[2]|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[2]| a!253)
                       |p.pmu_eventsel_hw[2]|)))
      (a!259 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[3]|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[3]| a!258)
                       |p.pmu_eventsel_hw[3]|)))
      (a!264 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[4]|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[4]| a!263)
                       |p.pmu_eventsel_hw[4]|)))
      (a!269 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[5]|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[5]| a!268)
                       |p.pmu_eventsel_hw[5]|)))
      (a!281 (ite (= #xc0000301 #xc0010207)
                  (not (and a!55 (bvugt p.nr_gp #x03)))
                  a!280))
      (a!312 (ite (= #xd actp)
                  (ite (and a!226 (= #x00 p.pmu_version))
                       |p.pmu_counter[0]@host|
                       (ite (or a!226 a!227) a!311 |p.pmu_counter[0]@host|))
                  |p.pmu_counter[0]@host|))
      (a!316 (ite (= #xd actp)
                  (ite (and a!226 (= #x00 p.pmu_version))
                       |p.pmu_counter[1]@host|
                       (ite (or a!226 a!227) a!315 |p.pmu_counter[1]@host|))
                  |p.pmu_counter[1]@host|))
      (a!320 (ite (= #xd actp)
                  (ite (and a!226 (= #x00 p.pmu_version))
                       |p.pmu_counter[2]@host|
                       (ite (or a!226 a!227) a!319 |p.pmu_counter[2]@host|))
                  |p.pmu_counter[2]@host|))
      (a!324 (ite (= #xd actp)
                  (ite (and a!226 (= #x00 p.pmu_version))
                       |p.pmu_counter[3]@host|
                       (ite (or a!226 a!227) a!323 |p.pmu_counter[3]@host|))
                  |p.pmu_counter[3]@host|))
      (a!328 (ite (= #xd actp)
                  (ite (and a!226 (= #x00 p.pmu_version))
                       |p.pmu_counter[4]@host|
                       (ite (or a!226 a!227) a!327 |p.pmu_counter[4]@host|))
                  |p.pmu_counter[4]@host|))
      (a!332 (ite (= #xd actp)
                  (ite (and a!226 (= #x00 p.pmu_version))
                       |p.pmu_counter[5]@host|
                       (ite (or a!226 a!227) a!331 |p.pmu_counter[5]@host|))
                  |p.pmu_counter[5]@host|))
      (a!335 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel[0]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel[0]@host| a!334)
                       |p.pmu_eventsel[0]@host|)))
      (a!338 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel[1]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel[1]@host| a!337)
                       |p.pmu_eventsel[1]@host|)))
      (a!341 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel[2]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel[2]@host| a!340)
                       |p.pmu_eventsel[2]@host|)))
      (a!344 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel[3]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel[3]@host| a!343)
                       |p.pmu_eventsel[3]@host|)))
      (a!347 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel[4]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel[4]@host| a!346)
                       |p.pmu_eventsel[4]@host|)))
      (a!350 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel[5]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel[5]@host| a!349)
                       |p.pmu_eventsel[5]@host|)))
      (a!353 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[0]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[0]@host| a!352)
                       |p.pmu_eventsel_hw[0]@host|)))
      (a!356 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[1]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[1]@host| a!355)
                       |p.pmu_eventsel_hw[1]@host|)))
      (a!359 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[2]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[2]@host| a!358)
                       |p.pmu_eventsel_hw[2]@host|)))
      (a!362 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[3]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[3]@host| a!361)
                       |p.pmu_eventsel_hw[3]@host|)))
      (a!365 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[4]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[4]@host| a!364)
                       |p.pmu_eventsel_hw[4]@host|)))
      (a!368 (ite (and a!226 (= #x00 p.pmu_version))
                  |p.pmu_eventsel_hw[5]@host|
                  (ite (or a!226 a!227)
                       (ite (or a!228 a!229) |p.pmu_eventsel_hw[5]@host| a!367)
                       |p.pmu_eventsel_hw[5]@host|))))
(let ((a!61 (ite (= #xc0010205 inp.guest_rdmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x02)))
                 a!60))
      (a!69 (ite (= #xc0010205 inp.guest_wrmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x02)))
                 a!68))
      (a!245 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!244 |p.pmu_eventsel_hw[0]|)))
      (a!250 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!249 |p.pmu_eventsel_hw[1]|)))
      (a!255 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!254 |p.pmu_eventsel_hw[2]|)))
      (a!260 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!259 |p.pmu_eventsel_hw[3]|)))
      (a!265 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!264 |p.pmu_eventsel_hw[4]|)))
      (a!270 (ite (= #x0 actp)
                  #x0000000000000000
                  (ite (= #xd actp) a!269 |p.pmu_eventsel_hw[5]|)))
      (a!282 (ite (= #xc0000301 #xc0010205)
                  (not (and a!55 (bvugt p.nr_gp #x02)))
                  a!281))
      (a!313 (not (ite (= #x0 actp) false (ite (= #x4 actp) a!310 a!312))))
      (a!317 (not (ite (= #x0 actp) false (ite (= #x4 actp) a!314 a!316))))
      (a!321 (not (ite (= #x0 actp) false (ite (= #x4 actp) a!318 a!320))))
      (a!325 (not (ite (= #x0 actp) false (ite (= #x4 actp) a!322 a!324))))
      (a!329 (not (ite (= #x0 actp) false (ite (= #x4 actp) a!326 a!328))))
      (a!333 (not (ite (= #x0 actp) false (ite (= #x4 actp) a!330 a!332))))
      (a!336 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!335 |p.pmu_eventsel[0]@host|))))
      (a!339 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!338 |p.pmu_eventsel[1]@host|))))
      (a!342 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!341 |p.pmu_eventsel[2]@host|))))
      (a!345 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!344 |p.pmu_eventsel[3]@host|))))
      (a!348 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!347 |p.pmu_eventsel[4]@host|))))
      (a!351 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!350 |p.pmu_eventsel[5]@host|))))
      (a!354 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!353 |p.pmu_eventsel_hw[0]@host|))))
      (a!357 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!356 |p.pmu_eventsel_hw[1]@host|))))
      (a!360 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!359 |p.pmu_eventsel_hw[2]@host|))))
      (a!363 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!362 |p.pmu_eventsel_hw[3]@host|))))
      (a!366 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!365 |p.pmu_eventsel_hw[4]@host|))))
      (a!369 (not (ite (= #x0 actp)
                       false
                       (ite (= #xd actp) a!368 |p.pmu_eventsel_hw[5]@host|)))))
(let ((a!62 (ite (= #xc0010203 inp.guest_rdmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x01)))
                 a!61))
      (a!70 (ite (= #xc0010203 inp.guest_wrmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x01)))
                 a!69))
      (a!246 (and (= #b1 ((_ extract 40 40) a!245))
                  (not (= #b1 ((_ extract 41 41) a!245)))))
      (a!251 (and (= #b1 ((_ extract 40 40) a!250))
                  (not (= #b1 ((_ extract 41 41) a!250)))))
      (a!256 (and (= #b1 ((_ extract 40 40) a!255))
                  (not (= #b1 ((_ extract 41 41) a!255)))))
      (a!261 (and (= #b1 ((_ extract 40 40) a!260))
                  (not (= #b1 ((_ extract 41 41) a!260)))))
      (a!266 (and (= #b1 ((_ extract 40 40) a!265))
                  (not (= #b1 ((_ extract 41 41) a!265)))))
      (a!271 (and (= #b1 ((_ extract 40 40) a!270))
                  (not (= #b1 ((_ extract 41 41) a!270)))))
      (a!283 (ite (= #xc0000301 #xc0010203)
                  (not (and a!55 (bvugt p.nr_gp #x01)))
                  a!282)))
(let ((a!63 (ite (= #xc0010201 inp.guest_rdmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x00)))
                 a!62))
      (a!71 (ite (= #xc0010201 inp.guest_wrmsr.msr)
                 (not (and a!55 (bvugt p.nr_gp #x00)))
                 a!70))
      (a!247 (not (and (= #b1 ((_ extract 22 22) a!245)) (not a!246))))
      (a!252 (not (and (= #b1 ((_ extract 22 22) a!250)) (not a!251))))
      (a!257 (not (and (= #b1 ((_ extract 22 22) a!255)) (not a!256))))
      (a!262 (not (and (= #b1 ((_ extract 22 22) a!260)) (not a!261))))
      (a!267 (not (and (= #b1 ((_ extract 22 22) a!265)) (not a!266))))
      (a!272 (not (and (= #b1 ((_ extract 22 22) a!270)) (not a!271))))
      (a!284 (ite (= #xc0000301 #xc0010201)
                  (not (and a!55 (bvugt p.nr_gp #x00)))
                  a!283)))
(let ((a!64 (ite (= #xc0010005 inp.guest_rdmsr.msr)
                 (not a!52)
                 (ite (= #xc0010006 inp.guest_rdmsr.msr)
                      (not a!53)
                      (ite (= #xc0010007 inp.guest_rdmsr.msr) (not a!54) a!63))))
      (a!72 (ite (= #xc0010005 inp.guest_wrmsr.msr)
                 (not a!52)
                 (ite (= #xc0010006 inp.guest_wrmsr.msr)
                      (not a!53)
                      (ite (= #xc0010007 inp.guest_wrmsr.msr) (not a!54) a!71))))
      (a!285 (ite (= #xc0000301 #xc0010005)
                  (not a!52)
                  (ite (= #xc0000301 #xc0010006)
                       (not a!53)
                       (ite (= #xc0000301 #xc0010007) (not a!54) a!284)))))
(let ((a!73 (ite (= #xc actp)
                 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                      #b01
                      p.ctx)
                 p.ctx))
      (a!92 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                 |p.hw_ctr[0]@host|
                 (ite a!90
                      (ite (= a!91 #x00000000) false |p.hw_ctr[0]@host|)
                      |p.hw_ctr[0]@host|)))
      (a!99 (ite (= #xc actp)
                 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                      |p.hw_evtsel[0]@host|
                      (ite a!90 |p.hw_evtsel[0]@host| a!98))
                 |p.hw_evtsel[0]@host|))
      (a!106 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                  |p.hw_ctr[1]@host|
                  (ite a!90
                       (ite (= a!91 #x00000001) false |p.hw_ctr[1]@host|)
                       |p.hw_ctr[1]@host|)))
      (a!112 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[1]@host|
                       (ite a!90 |p.hw_evtsel[1]@host| a!111))
                  |p.hw_evtsel[1]@host|))
      (a!119 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                  |p.hw_ctr[2]@host|
                  (ite a!90
                       (ite (= a!91 #x00000002) false |p.hw_ctr[2]@host|)
                       |p.hw_ctr[2]@host|)))
      (a!125 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[2]@host|
                       (ite a!90 |p.hw_evtsel[2]@host| a!124))
                  |p.hw_evtsel[2]@host|))
      (a!132 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                  |p.hw_ctr[3]@host|
                  (ite a!90
                       (ite (= a!91 #x00000003) false |p.hw_ctr[3]@host|)
                       |p.hw_ctr[3]@host|)))
      (a!138 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[3]@host|
                       (ite a!90 |p.hw_evtsel[3]@host| a!137))
                  |p.hw_evtsel[3]@host|))
      (a!145 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                  |p.hw_ctr[4]@host|
                  (ite a!90
                       (ite (= a!91 #x00000004) false |p.hw_ctr[4]@host|)
                       |p.hw_ctr[4]@host|)))
      (a!151 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[4]@host|
                       (ite a!90 |p.hw_evtsel[4]@host| a!150))
                  |p.hw_evtsel[4]@host|))
      (a!158 (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                  |p.hw_ctr[5]@host|
                  (ite a!90
                       (ite (= a!91 #x00000005) false |p.hw_ctr[5]@host|)
                       |p.hw_ctr[5]@host|)))
      (a!164 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[5]@host|
                       (ite a!90 |p.hw_evtsel[5]@host| a!163))
                  |p.hw_evtsel[5]@host|))
      (a!170 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       p.hw_global_ctl@host
                       (ite a!90 p.hw_global_ctl@host a!169))
                  p.hw_global_ctl@host))
      (a!179 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       p.hw_global_status@host
                       (ite a!90 p.hw_global_status@host a!178))
                  p.hw_global_status@host))
      (a!186 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[0]|
                       (ite a!90 |p.hw_evtsel[0]| a!185))
                  |p.hw_evtsel[0]|))
      (a!193 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[1]|
                       (ite a!90 |p.hw_evtsel[1]| a!192))
                  |p.hw_evtsel[1]|))
      (a!200 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[2]|
                       (ite a!90 |p.hw_evtsel[2]| a!199))
                  |p.hw_evtsel[2]|))
      (a!207 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[3]|
                       (ite a!90 |p.hw_evtsel[3]| a!206))
                  |p.hw_evtsel[3]|))
      (a!214 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[4]|
                       (ite a!90 |p.hw_evtsel[4]| a!213))
                  |p.hw_evtsel[4]|))
      (a!221 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       |p.hw_evtsel[5]|
                       (ite a!90 |p.hw_evtsel[5]| a!220))
                  |p.hw_evtsel[5]|))
      (a!286 (ite (not (ite (= #xc0000301 #xc0010004) (not a!51) a!285))
                  p.hw_global_ctl
                  p.pmu_global_ctrl))
      (a!287 (ite (not (ite (= #xc0000301 #xc0010004) (not a!51) a!285))
                  (ite (not (and a!47 a!49)) p.hw_global_ctl p.pmu_global_ctrl)
                  p.pmu_global_ctrl))
      (a!302 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       p.hw_global_ctl
                       (ite a!90 p.hw_global_ctl a!301))
                  p.hw_global_ctl))
      (a!370 (ite (not (ite (= #xc0000301 #xc0010004) (not a!51) a!285))
                  p.hw_global_ctl@host
                  p.pmu_global_ctrl@host))
      (a!371 (ite (not (ite (= #xc0000301 #xc0010004) (not a!51) a!285))
                  (ite (not (and a!47 a!49))
                       p.hw_global_ctl@host
                       p.pmu_global_ctrl@host)
                  p.pmu_global_ctrl@host))
      (a!384 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       false
                       p.pending_index@host)
                  p.pending_index@host))
      (a!386 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       false
                       p.pending_data@host)
                  p.pending_data@host))
      (a!395 (and (not (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!51) a!64))
                  a!392
                  true
                  (ite (= #x00000000 a!393)
                       |p.hw_ctr[0]@host|
                       (ite (= #x00000001 a!393) |p.hw_ctr[1]@host| a!394))))
      (a!396 (and (not (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!51) a!64))
                  (not a!392))))
(let ((a!74 (ite (= #xa actp)
                 (ite (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!51) a!64)
                      #b01
                      p.ctx)
                 a!73))
      (a!93 (ite (= #x6 actp)
                 (ite a!85 true |p.hw_ctr[0]@host|)
                 (ite (= #x7 actp)
                      a!89
                      (ite (= #xc actp) a!92 |p.hw_ctr[0]@host|))))
      (a!100 (ite (= #x1 actp)
                  a!95
                  (ite (= #x4 actp) a!96 (ite (= #x5 actp) true a!99))))
      (a!107 (ite (= #x6 actp)
                  (ite a!103 true |p.hw_ctr[1]@host|)
                  (ite (= #x7 actp)
                       a!105
                       (ite (= #xc actp) a!106 |p.hw_ctr[1]@host|))))
      (a!113 (ite (= #x1 actp)
                  a!109
                  (ite (= #x4 actp) a!110 (ite (= #x5 actp) true a!112))))
      (a!120 (ite (= #x6 actp)
                  (ite a!116 true |p.hw_ctr[2]@host|)
                  (ite (= #x7 actp)
                       a!118
                       (ite (= #xc actp) a!119 |p.hw_ctr[2]@host|))))
      (a!126 (ite (= #x1 actp)
                  a!122
                  (ite (= #x4 actp) a!123 (ite (= #x5 actp) true a!125))))
      (a!133 (ite (= #x6 actp)
                  (ite a!129 true |p.hw_ctr[3]@host|)
                  (ite (= #x7 actp)
                       a!131
                       (ite (= #xc actp) a!132 |p.hw_ctr[3]@host|))))
      (a!139 (ite (= #x1 actp)
                  a!135
                  (ite (= #x4 actp) a!136 (ite (= #x5 actp) true a!138))))
      (a!146 (ite (= #x6 actp)
                  (ite a!142 true |p.hw_ctr[4]@host|)
                  (ite (= #x7 actp)
                       a!144
                       (ite (= #xc actp) a!145 |p.hw_ctr[4]@host|))))
      (a!152 (ite (= #x1 actp)
                  a!148
                  (ite (= #x4 actp) a!149 (ite (= #x5 actp) true a!151))))
      (a!159 (ite (= #x6 actp)
                  (ite a!155 true |p.hw_ctr[5]@host|)
                  (ite (= #x7 actp)
                       a!157
                       (ite (= #xc actp) a!158 |p.hw_ctr[5]@host|))))
      (a!165 (ite (= #x1 actp)
                  a!161
                  (ite (= #x4 actp) a!162 (ite (= #x5 actp) true a!164))))
      (a!171 (ite (= #x1 actp)
                  a!167
                  (ite (= #x4 actp) a!168 (ite (= #x5 actp) true a!170))))
      (a!180 (ite (= #x5 actp)
                  true
                  (ite (= #x6 actp)
                       (ite a!155 true (ite a!142 true a!175))
                       a!179)))
      (a!187 (ite (= #x1 actp)
                  a!183
                  (ite (= #x4 actp)
                       a!184
                       (ite (= #x5 actp) hvp.host_perf_activity.8 a!186))))
      (a!194 (ite (= #x1 actp)
                  a!190
                  (ite (= #x4 actp)
                       a!191
                       (ite (= #x5 actp) hvp.host_perf_activity.10 a!193))))
      (a!201 (ite (= #x1 actp)
                  a!197
                  (ite (= #x4 actp)
                       a!198
                       (ite (= #x5 actp) hvp.host_perf_activity.12 a!200))))
      (a!208 (ite (= #x1 actp)
                  a!204
                  (ite (= #x4 actp)
                       a!205
                       (ite (= #x5 actp) hvp.host_perf_activity.14 a!207))))
      (a!215 (ite (= #x1 actp)
                  a!211
                  (ite (= #x4 actp)
                       a!212
                       (ite (= #x5 actp) hvp.host_perf_activity.16 a!214))))
      (a!222 (ite (= #x1 actp)
                  a!218
                  (ite (= #x4 actp)
                       a!219
                       (ite (= #x5 actp) hvp.host_perf_activity.18 a!221))))
      (a!290 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       a!286
                       p.pmu_global_ctrl)
                  (ite (= #xd actp) a!289 p.pmu_global_ctrl)))
      (a!303 (ite (= #x1 actp)
                  a!299
                  (ite (= #x4 actp)
                       a!300
                       (ite (= #x5 actp) hvp.host_perf_activity.19 a!302))))
      (a!374 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!51) a!72)
                       a!370
                       p.pmu_global_ctrl@host)
                  (ite (= #xd actp) a!373 p.pmu_global_ctrl@host)))
      (a!385 (ite (= #xa actp)
                  (ite (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!51) a!64)
                       false
                       p.pending_index@host)
                  a!384))
      (a!399 (and a!396
                  (or (and (bvuge inp.guest_rdmsr.msr #xc0010000)
                           (bvule inp.guest_rdmsr.msr #xc0010003))
                      a!397)
                  true
                  (ite (= #x00000000 a!393)
                       |p.hw_evtsel[0]@host|
                       (ite (= #x00000001 a!393) |p.hw_evtsel[1]@host| a!398)))))
(let ((a!75 (ite (= #x3 actp)
                 #b01
                 (ite (= #x4 actp) #b00 (ite (= #x8 actp) a!50 a!74))))
      (a!94 (ite (= #x1 actp)
                 a!83
                 (ite (= #x4 actp) a!84 (ite (= #x5 actp) true a!93))))
      (a!108 (ite (= #x1 actp)
                  a!101
                  (ite (= #x4 actp) a!102 (ite (= #x5 actp) true a!107))))
      (a!121 (ite (= #x1 actp)
                  a!114
                  (ite (= #x4 actp) a!115 (ite (= #x5 actp) true a!120))))
      (a!134 (ite (= #x1 actp)
                  a!127
                  (ite (= #x4 actp) a!128 (ite (= #x5 actp) true a!133))))
      (a!147 (ite (= #x1 actp)
                  a!140
                  (ite (= #x4 actp) a!141 (ite (= #x5 actp) true a!146))))
      (a!160 (ite (= #x1 actp)
                  a!153
                  (ite (= #x4 actp) a!154 (ite (= #x5 actp) true a!159))))
      (a!181 (not (ite (= #x1 actp) a!173 (ite (= #x4 actp) a!174 a!180))))
      (a!188 (and (= #b1 ((_ extract 40 40) a!187))
                  (not (= #b1 ((_ extract 41 41) a!187)))))
      (a!195 (and (= #b1 ((_ extract 40 40) a!194))
                  (not (= #b1 ((_ extract 41 41) a!194)))))
      (a!202 (and (= #b1 ((_ extract 40 40) a!201))
                  (not (= #b1 ((_ extract 41 41) a!201)))))
      (a!209 (and (= #b1 ((_ extract 40 40) a!208))
                  (not (= #b1 ((_ extract 41 41) a!208)))))
      (a!216 (and (= #b1 ((_ extract 40 40) a!215))
                  (not (= #b1 ((_ extract 41 41) a!215)))))
      (a!223 (and (= #b1 ((_ extract 40 40) a!222))
                  (not (= #b1 ((_ extract 41 41) a!222)))))
      (a!291 (ite (= #xa actp)
                  (ite (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!51) a!64)
                       a!286
                       p.pmu_global_ctrl)
                  a!290))
      (a!304 (=> (and (bvuge #x00 a!82) (bvult #x00 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 0 0) a!303)))))
      (a!305 (=> (and (bvuge #x01 a!82) (bvult #x01 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 1 1) a!303)))))
      (a!306 (=> (and (bvuge #x02 a!82) (bvult #x02 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 2 2) a!303)))))
      (a!307 (=> (and (bvuge #x03 a!82) (bvult #x03 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 3 3) a!303)))))
      (a!308 (=> (and (bvuge #x04 a!82) (bvult #x04 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 4 4) a!303)))))
      (a!309 (=> (and (bvuge #x05 a!82) (bvult #x05 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 5 5) a!303)))))
      (a!375 (ite (= #xa actp)
                  (ite (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!51) a!64)
                       a!370
                       p.pmu_global_ctrl@host)
                  a!374))
      (a!401 (or p.__observed_no_host_data_to_guest
                 a!395
                 a!399
                 (and (and a!396 a!400)
                      (= #xc0000301 inp.guest_rdmsr.msr)
                      true
                      p.hw_global_ctl@host)
                 (and (and a!396 a!400)
                      (not (= #xc0000301 inp.guest_rdmsr.msr))
                      true
                      p.hw_global_status@host))))
(let ((a!76 (ite (= #x1 actp) #b01 (ite (= #x2 actp) #b10 a!75)))
      (a!166 (and (=> (bvult #x00 a!82) (and (not a!94) (not a!100)))
                  (=> (bvult #x01 a!82) (and (not a!108) (not a!113)))
                  (=> (bvult #x02 a!82) (and (not a!121) (not a!126)))
                  (=> (bvult #x03 a!82) (and (not a!134) (not a!139)))
                  (=> (bvult #x04 a!82) (and (not a!147) (not a!152)))
                  (=> (bvult #x05 a!82) (and (not a!160) (not a!165)))))
      (a!189 (not (and (= #b1 ((_ extract 22 22) a!187)) (not a!188))))
      (a!196 (not (and (= #b1 ((_ extract 22 22) a!194)) (not a!195))))
      (a!203 (not (and (= #b1 ((_ extract 22 22) a!201)) (not a!202))))
      (a!210 (not (and (= #b1 ((_ extract 22 22) a!208)) (not a!209))))
      (a!217 (not (and (= #b1 ((_ extract 22 22) a!215)) (not a!216))))
      (a!224 (not (and (= #b1 ((_ extract 22 22) a!222)) (not a!223))))
      (a!292 (ite (= #x0 actp)
                  (ite a!277
                       (bvsub a!273 #x0000000000000001)
                       #x0000000000000000)
                  (ite (= #x3 actp)
                       a!286
                       (ite (= #x8 actp)
                            (ite a!46 a!287 p.pmu_global_ctrl)
                            a!291))))
      (a!376 (ite (= #x0 actp)
                  false
                  (ite (= #x3 actp)
                       a!370
                       (ite (= #x8 actp)
                            (ite a!46 a!371 p.pmu_global_ctrl@host)
                            a!375))))
      (a!415 (ite (= #x8 actp)
                  (or p.__observed_no_host_data_to_guest a!388)
                  (ite (= #x9 actp)
                       (or p.__observed_no_host_data_to_guest a!391)
                       (ite (= #xa actp) a!401 a!414)))))
(let ((a!78 (and (or (= #b01 a!76) (= #b10 a!76))
                 (and cfg.enable_mediated_pmu a!77)))
      (a!182 (=> (and (not (= #b00 a!76)) (and cfg.enable_mediated_pmu a!77))
                 (and (not a!171) a!181)))
      (a!293 (=> (and (bvuge #x00 a!82) (bvult #x00 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 0 0) a!292)))))
      (a!294 (=> (and (bvuge #x01 a!82) (bvult #x01 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 1 1) a!292)))))
      (a!295 (=> (and (bvuge #x02 a!82) (bvult #x02 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 2 2) a!292)))))
      (a!296 (=> (and (bvuge #x03 a!82) (bvult #x03 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 3 3) a!292)))))
      (a!297 (=> (and (bvuge #x04 a!82) (bvult #x04 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 4 4) a!292)))))
      (a!298 (=> (and (bvuge #x05 a!82) (bvult #x05 cfg.host_nr_gp))
                 (not (= #b1 ((_ extract 5 5) a!292))))))
(let ((a!225 (=> a!78
                 (and (=> (bvult #x00 a!82) a!189)
                      (=> (bvult #x01 a!82) a!196)
                      (=> (bvult #x02 a!82) a!203)
                      (=> (bvult #x03 a!82) a!210)
                      (=> (bvult #x04 a!82) a!217)
                      (=> (bvult #x05 a!82) a!224)))))
(let ((a!416 (and (=> a!78 a!166)
                  a!182
                  a!225
                  a!247
                  a!252
                  a!257
                  a!262
                  a!267
                  a!272
                  (=> (bvuge #x00 a!82) (= #b1 ((_ extract 0 0) a!274)))
                  (=> (bvuge #x01 a!82) (= #b1 ((_ extract 1 1) a!274)))
                  (=> (bvuge #x02 a!82) (= #b1 ((_ extract 2 2) a!274)))
                  (=> (bvuge #x03 a!82) (= #b1 ((_ extract 3 3) a!274)))
                  (=> (bvuge #x04 a!82) (= #b1 ((_ extract 4 4) a!274)))
                  (=> (bvuge #x05 a!82) (= #b1 ((_ extract 5 5) a!274)))
                  a!293
                  a!294
                  a!295
                  a!296
                  a!297
                  a!298
                  (=> a!78 (and a!304 a!305 a!306 a!307 a!308 a!309))
                  (bvule a!82 cfg.host_nr_gp)
                  (=> (not (= #b00 a!76)) (ite (= #x1 actp) true p.has_run))
                  (not (ite (= #x0 actp) false p.nr_gp@host))
                  (not (ite (= #x0 actp) false p.gp_counter_bitmask@host))
                  (not (ite (= #x0 actp) false p.global_rsvd@host))
                  a!313
                  a!317
                  a!321
                  a!325
                  a!329
                  a!333
                  a!336
                  a!339
                  a!342
                  a!345
                  a!348
                  a!351
                  a!354
                  a!357
                  a!360
                  a!363
                  a!366
                  a!369
                  (not a!376)
                  (not a!382)
                  (not (ite (= #x8 actp) a!383 a!385))
                  (not a!386)
                  (not a!415))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       (=> a!1 a!2)
       (=> a!3 (and (not p.hw_global_ctl@host) (not p.hw_global_status@host)))
       a!16
       a!18
       a!20
       a!22
       a!24
       a!26
       a!28
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!29
       a!30
       a!31
       a!32
       a!33
       a!34
       (=> a!1 (and a!35 a!36 a!37 a!38 a!39 a!40))
       (bvule p.nr_gp cfg.host_nr_gp)
       (=> (not (= #b00 p.ctx)) p.has_run)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.global_rsvd@host)
       (not |p.pmu_counter[0]@host|)
       (not |p.pmu_counter[1]@host|)
       (not |p.pmu_counter[2]@host|)
       (not |p.pmu_counter[3]@host|)
       (not |p.pmu_counter[4]@host|)
       (not |p.pmu_counter[5]@host|)
       (not |p.pmu_eventsel[0]@host|)
       (not |p.pmu_eventsel[1]@host|)
       (not |p.pmu_eventsel[2]@host|)
       (not |p.pmu_eventsel[3]@host|)
       (not |p.pmu_eventsel[4]@host|)
       (not |p.pmu_eventsel[5]@host|)
       (not |p.pmu_eventsel_hw[0]@host|)
       (not |p.pmu_eventsel_hw[1]@host|)
       (not |p.pmu_eventsel_hw[2]@host|)
       (not |p.pmu_eventsel_hw[3]@host|)
       (not |p.pmu_eventsel_hw[4]@host|)
       (not |p.pmu_eventsel_hw[5]@host|)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.__observed_no_host_data_to_guest)
       a!44
       (bvult actp #xe)
       (not a!416))))))))))))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!2 (and (=> (bvult #x00 p.nr_gp)
                    (and (not |p.hw_ctr[0]@host|) (not |p.hw_evtsel[0]@host|)))
                (=> (bvult #x01 p.nr_gp)
                    (and (not |p.hw_ctr[1]@host|) (not |p.hw_evtsel[1]@host|)))
                (=> (bvult #x02 p.nr_gp)
                    (and (not |p.hw_ctr[2]@host|) (not |p.hw_evtsel[2]@host|)))
                (=> (bvult #x03 p.nr_gp)
                    (and (not |p.hw_ctr[3]@host|) (not |p.hw_evtsel[3]@host|)))
                (=> (bvult #x04 p.nr_gp)
                    (and (not |p.hw_ctr[4]@host|) (not |p.hw_evtsel[4]@host|)))
                (=> (bvult #x05 p.nr_gp)
                    (and (not |p.hw_ctr[5]@host|) (not |p.hw_evtsel[5]@host|)))))
      (a!3 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!4 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!6 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!8 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!17 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!19 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!21 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!23 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!25 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!27 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!29 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl)))))
      (a!30 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl)))))
      (a!31 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl)))))
      (a!32 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl)))))
      (a!33 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl)))))
      (a!34 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl)))))
      (a!35 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 0 0) p.hw_global_ctl)))))
      (a!36 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 1 1) p.hw_global_ctl)))))
      (a!37 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 2 2) p.hw_global_ctl)))))
      (a!38 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 3 3) p.hw_global_ctl)))))
      (a!39 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 4 4) p.hw_global_ctl)))))
      (a!40 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp))
                (not (= #b1 ((_ extract 5 5) p.hw_global_ctl))))))
(let ((a!5 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!4))))
      (a!7 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!6))))
      (a!9 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!8))))
      (a!11 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!10))))
      (a!13 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!12))))
      (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!14))))
      (a!18 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|))
                      (not a!17))))
      (a!20 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|))
                      (not a!19))))
      (a!22 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|))
                      (not a!21))))
      (a!24 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|))
                      (not a!23))))
      (a!26 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|))
                      (not a!25))))
      (a!28 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|))
                      (not a!27)))))
(let ((a!16 (=> a!1
                (and (=> (bvult #x00 p.nr_gp) a!5)
                     (=> (bvult #x01 p.nr_gp) a!7)
                     (=> (bvult #x02 p.nr_gp) a!9)
                     (=> (bvult #x03 p.nr_gp) a!11)
                     (=> (bvult #x04 p.nr_gp) a!13)
                     (=> (bvult #x05 p.nr_gp) a!15)))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       (=> a!1 a!2)
       (=> a!3 (and (not p.hw_global_ctl@host) (not p.hw_global_status@host)))
       a!16
       a!18
       a!20
       a!22
       a!24
       a!26
       a!28
       (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd)))
       (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd)))
       (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd)))
       (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd)))
       (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd)))
       (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd)))
       a!29
       a!30
       a!31
       a!32
       a!33
       a!34
       (=> a!1 (and a!35 a!36 a!37 a!38 a!39 a!40))
       (bvule p.nr_gp cfg.host_nr_gp)
       (=> (not (= #b00 p.ctx)) p.has_run)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.global_rsvd@host)
       (not |p.pmu_counter[0]@host|)
       (not |p.pmu_counter[1]@host|)
       (not |p.pmu_counter[2]@host|)
       (not |p.pmu_counter[3]@host|)
       (not |p.pmu_counter[4]@host|)
       (not |p.pmu_counter[5]@host|)
       (not |p.pmu_eventsel[0]@host|)
       (not |p.pmu_eventsel[1]@host|)
       (not |p.pmu_eventsel[2]@host|)
       (not |p.pmu_eventsel[3]@host|)
       (not |p.pmu_eventsel[4]@host|)
       (not |p.pmu_eventsel[5]@host|)
       (not |p.pmu_eventsel_hw[0]@host|)
       (not |p.pmu_eventsel_hw[1]@host|)
       (not |p.pmu_eventsel_hw[2]@host|)
       (not |p.pmu_eventsel_hw[3]@host|)
       (not |p.pmu_eventsel_hw[4]@host|)
       (not |p.pmu_eventsel_hw[5]@host|)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.__observed_no_host_data_to_guest)
       (not (not p.__observed_no_host_data_to_guest)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.host_pmu_version cfg.host_nr_gp p.has_run p.cpuid_perfctr_core p.cpuid_perfmon_v2 p.pmu_version p.nr_gp p.nr_gp@host p.gp_counter_bitmask p.gp_counter_bitmask@host p.global_rsvd p.global_rsvd@host |p.pmu_counter[0]@host| |p.pmu_counter[1]@host| |p.pmu_counter[2]@host| |p.pmu_counter[3]@host| |p.pmu_counter[4]@host| |p.pmu_counter[5]@host| |p.pmu_eventsel[0]| |p.pmu_eventsel[0]@host| |p.pmu_eventsel[1]| |p.pmu_eventsel[1]@host| |p.pmu_eventsel[2]| |p.pmu_eventsel[2]@host| |p.pmu_eventsel[3]| |p.pmu_eventsel[3]@host| |p.pmu_eventsel[4]| |p.pmu_eventsel[4]@host| |p.pmu_eventsel[5]| |p.pmu_eventsel[5]@host| |p.pmu_eventsel_hw[0]| |p.pmu_eventsel_hw[0]@host| |p.pmu_eventsel_hw[1]| |p.pmu_eventsel_hw[1]@host| |p.pmu_eventsel_hw[2]| |p.pmu_eventsel_hw[2]@host| |p.pmu_eventsel_hw[3]| |p.pmu_eventsel_hw[3]@host| |p.pmu_eventsel_hw[4]| |p.pmu_eventsel_hw[4]@host| |p.pmu_eventsel_hw[5]| |p.pmu_eventsel_hw[5]@host| p.pmu_global_ctrl p.pmu_global_ctrl@host p.pmu_global_status p.pmu_global_status@host |p.hw_ctr[0]@host| |p.hw_ctr[1]@host| |p.hw_ctr[2]@host| |p.hw_ctr[3]@host| |p.hw_ctr[4]@host| |p.hw_ctr[5]@host| |p.hw_evtsel[0]| |p.hw_evtsel[0]@host| |p.hw_evtsel[1]| |p.hw_evtsel[1]@host| |p.hw_evtsel[2]| |p.hw_evtsel[2]@host| |p.hw_evtsel[3]| |p.hw_evtsel[3]@host| |p.hw_evtsel[4]| |p.hw_evtsel[4]@host| |p.hw_evtsel[5]| |p.hw_evtsel[5]@host| p.hw_global_ctl p.hw_global_ctl@host p.hw_global_status p.hw_global_status@host p.ctx p.pending p.pending_index p.pending_index@host p.pending_data p.pending_data@host p.__observed_no_host_data_to_guest
; invariant: (let ((a!1 (and (or (= #b01 p.ctx) (= #b10 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!2 (and (=> (bvult #x00 p.nr_gp) (and (not |p.hw_ctr[0]@host|) (not |p.hw_evtsel[0]@host|))) (=> (bvult #x01 p.nr_gp) (and (not |p.hw_ctr[1]@host|) (not |p.hw_evtsel[1]@host|))) (=> (bvult #x02 p.nr_gp) (and (not |p.hw_ctr[2]@host|) (not |p.hw_evtsel[2]@host|))) (=> (bvult #x03 p.nr_gp) (and (not |p.hw_ctr[3]@host|) (not |p.hw_evtsel[3]@host|))) (=> (bvult #x04 p.nr_gp) (and (not |p.hw_ctr[4]@host|) (not |p.hw_evtsel[4]@host|))) (=> (bvult #x05 p.nr_gp) (and (not |p.hw_ctr[5]@host|) (not |p.hw_evtsel[5]@host|))))) (a!3 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!4 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|))))) (a!6 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|))))) (a!8 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|))))) (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|))))) (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|))))) (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|))))) (a!17 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|))))) (a!19 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|))))) (a!21 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|))))) (a!23 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|))))) (a!25 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|))))) (a!27 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|))))) (a!29 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp)) (not (= #b1 ((_ extract 0 0) p.pmu_global_ctrl))))) (a!30 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp)) (not (= #b1 ((_ extract 1 1) p.pmu_global_ctrl))))) (a!31 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp)) (not (= #b1 ((_ extract 2 2) p.pmu_global_ctrl))))) (a!32 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp)) (not (= #b1 ((_ extract 3 3) p.pmu_global_ctrl))))) (a!33 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp)) (not (= #b1 ((_ extract 4 4) p.pmu_global_ctrl))))) (a!34 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp)) (not (= #b1 ((_ extract 5 5) p.pmu_global_ctrl))))) (a!35 (=> (and (bvuge #x00 p.nr_gp) (bvult #x00 cfg.host_nr_gp)) (not (= #b1 ((_ extract 0 0) p.hw_global_ctl))))) (a!36 (=> (and (bvuge #x01 p.nr_gp) (bvult #x01 cfg.host_nr_gp)) (not (= #b1 ((_ extract 1 1) p.hw_global_ctl))))) (a!37 (=> (and (bvuge #x02 p.nr_gp) (bvult #x02 cfg.host_nr_gp)) (not (= #b1 ((_ extract 2 2) p.hw_global_ctl))))) (a!38 (=> (and (bvuge #x03 p.nr_gp) (bvult #x03 cfg.host_nr_gp)) (not (= #b1 ((_ extract 3 3) p.hw_global_ctl))))) (a!39 (=> (and (bvuge #x04 p.nr_gp) (bvult #x04 cfg.host_nr_gp)) (not (= #b1 ((_ extract 4 4) p.hw_global_ctl))))) (a!40 (=> (and (bvuge #x05 p.nr_gp) (bvult #x05 cfg.host_nr_gp)) (not (= #b1 ((_ extract 5 5) p.hw_global_ctl)))))) (let ((a!5 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[0]|)) (not a!4)))) (a!7 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[1]|)) (not a!6)))) (a!9 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[2]|)) (not a!8)))) (a!11 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[3]|)) (not a!10)))) (a!13 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[4]|)) (not a!12)))) (a!15 (not (and (= #b1 ((_ extract 22 22) |p.hw_evtsel[5]|)) (not a!14)))) (a!18 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[0]|)) (not a!17)))) (a!20 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[1]|)) (not a!19)))) (a!22 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[2]|)) (not a!21)))) (a!24 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[3]|)) (not a!23)))) (a!26 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[4]|)) (not a!25)))) (a!28 (not (and (= #b1 ((_ extract 22 22) |p.pmu_eventsel_hw[5]|)) (not a!27))))) (let ((a!16 (=> a!1 (and (=> (bvult #x00 p.nr_gp) a!5) (=> (bvult #x01 p.nr_gp) a!7) (=> (bvult #x02 p.nr_gp) a!9) (=> (bvult #x03 p.nr_gp) a!11) (=> (bvult #x04 p.nr_gp) a!13) (=> (bvult #x05 p.nr_gp) a!15))))) (and (=> a!1 a!2) (=> a!3 (and (not p.hw_global_ctl@host) (not p.hw_global_status@host))) a!16 a!18 a!20 a!22 a!24 a!26 a!28 (=> (bvuge #x00 p.nr_gp) (= #b1 ((_ extract 0 0) p.global_rsvd))) (=> (bvuge #x01 p.nr_gp) (= #b1 ((_ extract 1 1) p.global_rsvd))) (=> (bvuge #x02 p.nr_gp) (= #b1 ((_ extract 2 2) p.global_rsvd))) (=> (bvuge #x03 p.nr_gp) (= #b1 ((_ extract 3 3) p.global_rsvd))) (=> (bvuge #x04 p.nr_gp) (= #b1 ((_ extract 4 4) p.global_rsvd))) (=> (bvuge #x05 p.nr_gp) (= #b1 ((_ extract 5 5) p.global_rsvd))) a!29 a!30 a!31 a!32 a!33 a!34 (=> a!1 (and a!35 a!36 a!37 a!38 a!39 a!40)) (bvule p.nr_gp cfg.host_nr_gp) (=> (not (= #b00 p.ctx)) p.has_run) (not p.nr_gp@host) (not p.gp_counter_bitmask@host) (not p.global_rsvd@host) (not |p.pmu_counter[0]@host|) (not |p.pmu_counter[1]@host|) (not |p.pmu_counter[2]@host|) (not |p.pmu_counter[3]@host|) (not |p.pmu_counter[4]@host|) (not |p.pmu_counter[5]@host|) (not |p.pmu_eventsel[0]@host|) (not |p.pmu_eventsel[1]@host|) (not |p.pmu_eventsel[2]@host|) (not |p.pmu_eventsel[3]@host|) (not |p.pmu_eventsel[4]@host|) (not |p.pmu_eventsel[5]@host|) (not |p.pmu_eventsel_hw[0]@host|) (not |p.pmu_eventsel_hw[1]@host|) (not |p.pmu_eventsel_hw[2]@host|) (not |p.pmu_eventsel_hw[3]@host|) (not |p.pmu_eventsel_hw[4]@host|) (not |p.pmu_eventsel_hw[5]@host|) (not p.pmu_global_ctrl@host) (not p.pmu_global_status@host) (not p.pending_index@host) (not p.pending_data@host) (not p.__observed_no_host_data_to_guest)))))
; trigger: reached at depth 4
