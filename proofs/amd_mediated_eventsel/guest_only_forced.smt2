; vpmu-formal-certificate-1
; spec: amd_mediated_eventsel
; property: guest_only_forced
; key: ea6e6509378d6b82f5664b351c229f63ebbefd081608dc24fd0caf1dceb3c648
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun |p.hw_evtsel[5]| () (_ BitVec 64))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun |p.hw_evtsel[4]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[3]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[2]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[1]| () (_ BitVec 64))
(declare-fun |p.hw_evtsel[0]| () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun |p.pmu_eventsel_hw[5]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[4]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel_hw[0]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[5]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[4]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[3]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[0]| () (_ BitVec 64))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.pmu_global_status () (_ BitVec 64))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.global_rsvd () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun p.cpuid_perfmon_v2 () Bool)
(declare-fun p.cpuid_perfctr_core () Bool)
(declare-fun p.has_run () Bool)
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun actp () (_ BitVec 4))
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun inp.kvm_set_cpuid.perfctr_core () Bool)
(declare-fun inp.kvm_set_cpuid.num_core_pmc () (_ BitVec 4))
(declare-fun inp.kvm_set_cpuid.perfmon_v2 () Bool)
(declare-fun hvp.host_perf_activity.16 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.14 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.12 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.10 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.8 () (_ BitVec 64))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdpmc.ecx () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inp.kvm_set_msr.data () (_ BitVec 64))
(declare-fun inp.kvm_set_msr.host_initiated () Bool)
(declare-fun inp.kvm_set_msr.msr () (_ BitVec 32))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (p.has_run Bool) (p.cpuid_perfctr_core Bool) (p.cpuid_perfmon_v2 Bool) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.global_rsvd (_ BitVec 64)) (|p.pmu_eventsel[0]| (_ BitVec 64)) (|p.pmu_eventsel[1]| (_ BitVec 64)) (|p.pmu_eventsel[2]| (_ BitVec 64)) (|p.pmu_eventsel[3]| (_ BitVec 64)) (|p.pmu_eventsel[4]| (_ BitVec 64)) (|p.pmu_eventsel[5]| (_ BitVec 64)) (|p.pmu_eventsel_hw[0]| (_ BitVec 64)) (|p.pmu_eventsel_hw[1]| (_ BitVec 64)) (|p.pmu_eventsel_hw[2]| (_ BitVec 64)) (|p.pmu_eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_eventsel_hw[4]| (_ BitVec 64)) (|p.pmu_eventsel_hw[5]| (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_status (_ BitVec 64)) (|p.hw_evtsel[0]| (_ BitVec 64)) (|p.hw_evtsel[1]| (_ BitVec 64)) (|p.hw_evtsel[2]| (_ BitVec 64)) (|p.hw_evtsel[3]| (_ BitVec 64)) (|p.hw_evtsel[4]| (_ BitVec 64)) (|p.hw_evtsel[5]| (_ BitVec 64)) (p.hw_global_ctl (_ BitVec 64)) (p.hw_global_status (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64))) Bool
  (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!2 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!4 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!6 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!7 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|))))))
(let ((a!8 (=> a!7
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_evtsel[0]| |p.pmu_eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_evtsel[1]| |p.pmu_eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_evtsel[2]| |p.pmu_eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_evtsel[3]| |p.pmu_eventsel_hw[3]|))
                    (=> (bvult #x04 p.nr_gp)
                        (= |p.hw_evtsel[4]| |p.pmu_eventsel_hw[4]|))
                    (=> (bvult #x05 p.nr_gp)
                        (= |p.hw_evtsel[5]| |p.pmu_eventsel_hw[5]|)))))
      (a!15 (and (=> (bvult #x00 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[0]|) a!9))
                 (=> (bvult #x01 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[1]|) a!10))
                 (=> (bvult #x02 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[2]|) a!11))
                 (=> (bvult #x03 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[3]|) a!12))
                 (=> (bvult #x04 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[4]|) a!13))
                 (=> (bvult #x05 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[5]|) a!14)))))
  (and (or (= #x0000000000000000 |p.pmu_eventsel_hw[0]|) a!1)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[1]|) a!2)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[2]|) a!3)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[3]|) a!4)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[4]|) a!5)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[5]|) a!6)
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[0]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[1]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[2]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[3]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[4]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[5]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[0]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[1]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[2]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[3]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[4]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[5]| #xfffffff000280000))
       a!8
       (=> a!7 a!15)))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!2 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!4 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!6 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!7 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|))))))
(let ((a!8 (=> a!7
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_evtsel[0]| |p.pmu_eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_evtsel[1]| |p.pmu_eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_evtsel[2]| |p.pmu_eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_evtsel[3]| |p.pmu_eventsel_hw[3]|))
                    (=> (bvult #x04 p.nr_gp)
                        (= |p.hw_evtsel[4]| |p.pmu_eventsel_hw[4]|))
                    (=> (bvult #x05 p.nr_gp)
                        (= |p.hw_evtsel[5]| |p.pmu_eventsel_hw[5]|)))))
      (a!15 (and (=> (bvult #x00 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[0]|) a!9))
                 (=> (bvult #x01 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[1]|) a!10))
                 (=> (bvult #x02 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[2]|) a!11))
                 (=> (bvult #x03 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[3]|) a!12))
                 (=> (bvult #x04 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[4]|) a!13))
                 (=> (bvult #x05 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[5]|) a!14)))))
(let ((a!16 (and (or (= #x0000000000000000 |p.pmu_eventsel_hw[0]|) a!1)
                 (or (= #x0000000000000000 |p.pmu_eventsel_hw[1]|) a!2)
                 (or (= #x0000000000000000 |p.pmu_eventsel_hw[2]|) a!3)
                 (or (= #x0000000000000000 |p.pmu_eventsel_hw[3]|) a!4)
                 (or (= #x0000000000000000 |p.pmu_eventsel_hw[4]|) a!5)
                 (or (= #x0000000000000000 |p.pmu_eventsel_hw[5]|) a!6)
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel_hw[0]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel_hw[1]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel_hw[2]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel_hw[3]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel_hw[4]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel_hw[5]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel[0]| #xfffffff000280000))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel[1]| #xfffffff000280000))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel[2]| #xfffffff000280000))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel[3]| #xfffffff000280000))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel[4]| #xfffffff000280000))
                 (= #x0000000000000000
                    (bvand |p.pmu_eventsel[5]| #xfffffff000280000))
                 a!8
                 (=> a!7 a!15))))
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
       (not a!16))))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!2 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!4 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!6 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!7 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))
      (a!16 (and (= #xa actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_rdmsr.msr #xc0010000)
                          (bvule inp.guest_rdmsr.msr #xc0010007))
                     (and (bvuge inp.guest_rdmsr.msr #xc0010200)
                          (bvule inp.guest_rdmsr.msr #xc001020b))
                     (and (bvuge inp.guest_rdmsr.msr #xc0000300)
                          (bvule inp.guest_rdmsr.msr #xc0000303)))))
      (a!17 (and (= #xc actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                          (bvule inp.guest_wrmsr.msr #xc0010007))
                     (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                          (bvule inp.guest_wrmsr.msr #xc001020b))
                     (and (bvuge inp.guest_wrmsr.msr #xc0000300)
                          (bvule inp.guest_wrmsr.msr #xc0000303)))))
      (a!18 (and (= #b00 p.pending)
                 (or (and (bvuge inp.kvm_set_msr.msr #xc0010000)
                          (bvule inp.kvm_set_msr.msr #xc0010007))
                     (and (bvuge inp.kvm_set_msr.msr #xc0010200)
                          (bvule inp.kvm_set_msr.msr #xc001020b))
                     (and (bvuge inp.kvm_set_msr.msr #xc0000300)
                          (bvule inp.kvm_set_msr.msr #xc0000303)))))
      (a!20 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010000)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!21 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010200)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc001020b)))
      (a!22 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010004)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!27 (and (bvule #xc0010200
                        (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index))
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc001020b)))
      (a!28 (and (bvule #xc0010004
                        (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index))
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!31 (concat #b0
                    ((_ extract 31 9)
                      (bvadd #x3ffefe00
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!34 (concat #b0
                    ((_ extract 31 1)
                      (bvadd #x3ffefe00
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!36 (bvor (bvand (bvand (ite inp.kvm_set_msr.host_initiated
                                     inp.kvm_set_msr.data
                                     p.pending_data)
                                (bvnot #xfffffff000280000))
                         (bvnot #x0000020000000000))
                  #x0000010000000000))
      (a!79 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!81 (or (not (= ((_ extract 31 8) inp.guest_rdpmc.ecx) #x000000))
                (bvule cfg.host_nr_gp ((_ extract 7 0) inp.guest_rdpmc.ecx))))
      (a!82 (or (not (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                        #b000000000000000))
                (bvule #b10000000000000000
                       ((_ extract 16 0) inp.guest_rdpmc.ecx))))
      (a!85 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x00)))
      (a!86 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x01)))
      (a!87 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x02)))
      (a!88 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x03)))
      (a!89 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.cpuid_perfctr_core))
      (a!111 (not (= #x00
                     (ite (= #x0 actp)
                          (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)
                          p.pmu_version))))
      (a!113 (ite (bvult ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!114 (ite (bvult #x06
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  #x06
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!115 (ite (bvult #x04
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  #x04
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!117 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_eventsel_hw[0]|
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!118 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) #x0000000000000000 |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!119 (or (and (bvuge inp.guest_wrmsr.msr #xc0010004)
                      (bvule inp.guest_wrmsr.msr #xc0010007))
                 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                           (bvule inp.guest_wrmsr.msr #xc001020b))
                      (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!120 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                       (bvule inp.guest_wrmsr.msr #xc001020b))
                  (not (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!121 (ite (and (bvule #xc0010200 inp.guest_wrmsr.msr)
                       (bvule inp.guest_wrmsr.msr #xc001020b))
                  (concat #b0
                          ((_ extract 31 1)
                            (bvadd #x3ffefe00 inp.guest_wrmsr.msr)))
                  (ite (and (bvule #xc0010004 inp.guest_wrmsr.msr)
                            (bvule inp.guest_wrmsr.msr #xc0010007))
                       (bvadd #x3ffefffc inp.guest_wrmsr.msr)
                       (bvadd #x3fff0000 inp.guest_wrmsr.msr))))
      (a!125 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]|
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!126 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) #x0000000000000000 |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!130 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]|
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!131 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) #x0000000000000000 |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!135 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]|
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!136 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) #x0000000000000000 |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!140 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]|
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!141 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp) #x0000000000000000 |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!145 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]|
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!146 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp) #x0000000000000000 |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|)))
(let ((a!8 (=> a!7
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_evtsel[0]| |p.pmu_eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_evtsel[1]| |p.pmu_eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_evtsel[2]| |p.pmu_eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_evtsel[3]| |p.pmu_eventsel_hw[3]|))
                    (=> (bvult #x04 p.nr_gp)
                        (= |p.hw_evtsel[4]| |p.pmu_eventsel_hw[4]|))
                    (=> (bvult #x05 p.nr_gp)
                        (= |p.hw_evtsel[5]| |p.pmu_eventsel_hw[5]|)))))
      (a!15 (and (=> (bvult #x00 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[0]|) a!9))
                 (=> (bvult #x01 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[1]|) a!10))
                 (=> (bvult #x02 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[2]|) a!11))
                 (=> (bvult #x03 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[3]|) a!12))
                 (=> (bvult #x04 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[4]|) a!13))
                 (=> (bvult #x05 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[5]|) a!14))))
      (a!19 (or (and (= #x0 actp)
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
                a!16
                (and (= #xb actp) (= #b00 p.ctx) (= #b10 p.pending))
                a!17
                (and (= #xd actp)
                     (= #b00 p.ctx)
                     (ite inp.kvm_set_msr.host_initiated
                          a!18
                          (= #b11 p.pending)))))
      (a!23 (and a!21
                 (= #b1
                    ((_ extract 0 0)
                      (ite inp.kvm_set_msr.host_initiated
                           inp.kvm_set_msr.msr
                           p.pending_index)))))
      (a!24 (ite a!21
                 (bvlshr (bvsub (ite inp.kvm_set_msr.host_initiated
                                     inp.kvm_set_msr.msr
                                     p.pending_index)
                                #xc0010200)
                         #x00000001)
                 (ite a!22
                      (bvsub (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)
                             #xc0010004)
                      (bvsub (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)
                             #xc0010000))))
      (a!29 (ite a!28
                 (bvadd #xfc
                        (ite inp.kvm_set_msr.host_initiated
                             ((_ extract 7 0) inp.kvm_set_msr.msr)
                             ((_ extract 7 0) p.pending_index)))
                 (ite inp.kvm_set_msr.host_initiated
                      ((_ extract 7 0) inp.kvm_set_msr.msr)
                      ((_ extract 7 0) p.pending_index))))
      (a!32 (ite a!28
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
      (a!35 (ite a!27
                 a!34
                 (ite a!28
                      (bvadd #x3ffefffc
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index))
                      (bvadd #x3fff0000
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!80 (or cfg.enable_vmware_backdoor
                (or a!79 (not (= p.nr_gp cfg.host_nr_gp)))
                (not (= #x0000ffffffffffff p.gp_counter_bitmask))))
      (a!83 (not (and cfg.enable_vmware_backdoor
                      a!82
                      (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                         #b000000000000000)
                      (bvule ((_ extract 16 0) inp.guest_rdpmc.ecx)
                             #b10000000000000010))))
      (a!90 (or (or a!79 (not (= p.nr_gp cfg.host_nr_gp)))
                (not (bvugt p.pmu_version #x01))))
      (a!116 (ite (= #x0 actp)
                  (ite inp.kvm_set_cpuid.perfmon_v2
                       a!113
                       (ite inp.kvm_set_cpuid.perfctr_core a!114 a!115))
                  p.nr_gp))
      (a!122 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!120)
                  (ite (= a!121 #x00000000)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!127 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!120)
                  (ite (= a!121 #x00000001)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!132 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!120)
                  (ite (= a!121 #x00000002)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!137 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!120)
                  (ite (= a!121 #x00000003)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!142 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!120)
                  (ite (= a!121 #x00000004)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!147 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!120)
                  (ite (= a!121 #x00000005)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|)))
(let ((a!25 (ite (= #x00000002 a!24)
                 |p.pmu_eventsel[2]|
                 (ite (= #x00000003 a!24)
                      |p.pmu_eventsel[3]|
                      (ite (= #x00000004 a!24)
                           |p.pmu_eventsel[4]|
                           |p.pmu_eventsel[5]|))))
      (a!30 (ite a!27
                 ((_ extract 8 1)
                   (bvadd #x3ffefe00
                          (ite inp.kvm_set_msr.host_initiated
                               inp.kvm_set_msr.msr
                               p.pending_index)))
                 a!29))
      (a!84 (ite a!80 (ite (not (and a!81 a!83)) #b01 p.ctx) p.ctx))
      (a!91 (ite (= #xc0000300 inp.guest_rdmsr.msr)
                 a!90
                 (ite (= #xc0000302 inp.guest_rdmsr.msr)
                      a!90
                      (ite (= #xc0000303 inp.guest_rdmsr.msr) a!90 true))))
      (a!99 (ite (= #xc0000300 inp.guest_wrmsr.msr)
                 a!90
                 (ite (= #xc0000302 inp.guest_wrmsr.msr)
                      a!90
                      (ite (= #xc0000303 inp.guest_wrmsr.msr) a!90 true)))))
(let ((a!26 (= (bvand (ite inp.kvm_set_msr.host_initiated
                           inp.kvm_set_msr.data
                           p.pending_data)
                      (bvnot #xfffffff000280000))
               (ite (= #x00000000 a!24)
                    |p.pmu_eventsel[0]|
                    (ite (= #x00000001 a!24) |p.pmu_eventsel[1]| a!25))))
      (a!33 (or (= p.pmu_version #x00)
                (and (bvule #xc0010200
                            (ite inp.kvm_set_msr.host_initiated
                                 inp.kvm_set_msr.msr
                                 p.pending_index))
                     (bvule (ite inp.kvm_set_msr.host_initiated
                                 inp.kvm_set_msr.msr
                                 p.pending_index)
                            #xc001020b)
                     (not p.cpuid_perfctr_core))
                (bvule p.nr_gp a!30)
                (not (= (ite a!27 a!31 a!32) #x000000))))
      (a!92 (ite (= #xc001020b inp.guest_rdmsr.msr)
                 (not (and a!89 (bvugt p.nr_gp #x05)))
                 (ite (= #xc0000301 inp.guest_rdmsr.msr) a!90 a!91)))
      (a!100 (ite (= #xc001020b inp.guest_wrmsr.msr)
                  (not (and a!89 (bvugt p.nr_gp #x05)))
                  (ite (= #xc0000301 inp.guest_wrmsr.msr) a!90 a!99))))
(let ((a!37 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000000))
                      a!36
                      |p.pmu_eventsel_hw[0]|)
                 |p.pmu_eventsel_hw[0]|))
      (a!41 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000001))
                      a!36
                      |p.pmu_eventsel_hw[1]|)
                 |p.pmu_eventsel_hw[1]|))
      (a!45 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000002))
                      a!36
                      |p.pmu_eventsel_hw[2]|)
                 |p.pmu_eventsel_hw[2]|))
      (a!49 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000003))
                      a!36
                      |p.pmu_eventsel_hw[3]|)
                 |p.pmu_eventsel_hw[3]|))
      (a!53 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000004))
                      a!36
                      |p.pmu_eventsel_hw[4]|)
                 |p.pmu_eventsel_hw[4]|))
      (a!57 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000005))
                      a!36
                      |p.pmu_eventsel_hw[5]|)
                 |p.pmu_eventsel_hw[5]|))
      (a!61 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000000))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[0]|)
                 |p.pmu_eventsel[0]|))
      (a!64 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000001))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[1]|)
                 |p.pmu_eventsel[1]|))
      (a!67 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000002))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[2]|)
                 |p.pmu_eventsel[2]|))
      (a!70 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000003))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[3]|)
                 |p.pmu_eventsel[3]|))
      (a!73 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000004))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[4]|)
                 |p.pmu_eventsel[4]|))
      (a!76 (ite (not a!26)
                 (ite (and (not a!33) (= a!35 #x00000005))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[5]|)
                 |p.pmu_eventsel[5]|))
      (a!93 (ite (= #xc0010209 inp.guest_rdmsr.msr)
                 (not (and a!89 (bvugt p.nr_gp #x04)))
                 a!92))
      (a!101 (ite (= #xc0010209 inp.guest_wrmsr.msr)
                  (not (and a!89 (bvugt p.nr_gp #x04)))
                  a!100)))
(let ((a!38 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[0]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel_hw[0]| a!37)
                      |p.pmu_eventsel_hw[0]|)))
      (a!42 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[1]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel_hw[1]| a!41)
                      |p.pmu_eventsel_hw[1]|)))
      (a!46 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[2]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel_hw[2]| a!45)
                      |p.pmu_eventsel_hw[2]|)))
      (a!50 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[3]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel_hw[3]| a!49)
                      |p.pmu_eventsel_hw[3]|)))
      (a!54 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[4]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel_hw[4]| a!53)
                      |p.pmu_eventsel_hw[4]|)))
      (a!58 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[5]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel_hw[5]| a!57)
                      |p.pmu_eventsel_hw[5]|)))
      (a!62 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[0]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel[0]| a!61)
                      |p.pmu_eventsel[0]|)))
      (a!65 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[1]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel[1]| a!64)
                      |p.pmu_eventsel[1]|)))
      (a!68 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[2]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel[2]| a!67)
                      |p.pmu_eventsel[2]|)))
      (a!71 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[3]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel[3]| a!70)
                      |p.pmu_eventsel[3]|)))
      (a!74 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[4]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel[4]| a!73)
                      |p.pmu_eventsel[4]|)))
      (a!77 (ite (and a!20 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[5]|
                 (ite (or a!20 a!21)
                      (ite (or a!22 a!23) |p.pmu_eventsel[5]| a!76)
                      |p.pmu_eventsel[5]|)))
      (a!94 (ite (= #xc0010207 inp.guest_rdmsr.msr)
                 (not (and a!89 (bvugt p.nr_gp #x03)))
                 a!93))
      (a!102 (ite (= #xc0010207 inp.guest_wrmsr.msr)
                  (not (and a!89 (bvugt p.nr_gp #x03)))
                  a!101)))
(let ((a!39 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!38 |p.pmu_eventsel_hw[0]|)))
      (a!43 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!42 |p.pmu_eventsel_hw[1]|)))
      (a!47 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!46 |p.pmu_eventsel_hw[2]|)))
      (a!51 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!50 |p.pmu_eventsel_hw[3]|)))
      (a!55 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!54 |p.pmu_eventsel_hw[4]|)))
      (a!59 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!58 |p.pmu_eventsel_hw[5]|)))
      (a!63 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!62 |p.pmu_eventsel[0]|))
                   #xfffffff000280000))
      (a!66 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!65 |p.pmu_eventsel[1]|))
                   #xfffffff000280000))
      (a!69 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!68 |p.pmu_eventsel[2]|))
                   #xfffffff000280000))
      (a!72 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!71 |p.pmu_eventsel[3]|))
                   #xfffffff000280000))
      (a!75 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!74 |p.pmu_eventsel[4]|))
                   #xfffffff000280000))
      (a!78 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!77 |p.pmu_eventsel[5]|))
                   #xfffffff000280000))
      (a!95 (ite (= #xc0010205 inp.guest_rdmsr.msr)
                 (not (and a!89 (bvugt p.nr_gp #x02)))
                 a!94))
      (a!103 (ite (= #xc0010205 inp.guest_wrmsr.msr)
                  (not (and a!89 (bvugt p.nr_gp #x02)))
                  a!102)))
(let ((a!40 (and (= #b1 ((_ extract 40 40) a!39))
                 (not (= #b1 ((_ extract 41 41) a!39)))))
      (a!44 (and (= #b1 ((_ extract 40 40) a!43))
                 (not (= #b1 ((_ extract 41 41) a!43)))))
      (a!48 (and (= #b1 ((_ extract 40 40) a!47))
                 (not (= #b1 ((_ extract 41 41) a!47)))))
      (a!52 (and (= #b1 ((_ extract 40 40) a!51))
                 (not (= #b1 ((_ extract 41 41) a!51)))))
      (a!56 (and (= #b1 ((_ extract 40 40) a!55))
                 (not (= #b1 ((_ extract 41 41) a!55)))))
      (a!60 (and (= #b1 ((_ extract 40 40) a!59))
                 (not (= #b1 ((_ extract 41 41) a!59)))))
      (a!96 (ite (= #xc0010203 inp.guest_rdmsr.msr)
                 (not (and a!89 (bvugt p.nr_gp #x01)))
                 a!95))
      (a!104 (ite (= #xc0010203 inp.guest_wrmsr.msr)
                  (not (and a!89 (bvugt p.nr_gp #x01)))
                  a!103)))
(let ((a!97 (ite (= #xc0010201 inp.guest_rdmsr.msr)
                 (not (and a!89 (bvugt p.nr_gp #x00)))
                 a!96))
      (a!105 (ite (= #xc0010201 inp.guest_wrmsr.msr)
                  (not (and a!89 (bvugt p.nr_gp #x00)))
                  a!104)))
(let ((a!98 (ite (= #xc0010005 inp.guest_rdmsr.msr)
                 (not a!86)
                 (ite (= #xc0010006 inp.guest_rdmsr.msr)
                      (not a!87)
                      (ite (= #xc0010007 inp.guest_rdmsr.msr) (not a!88) a!97))))
      (a!106 (ite (= #xc0010005 inp.guest_wrmsr.msr)
                  (not a!86)
                  (ite (= #xc0010006 inp.guest_wrmsr.msr)
                       (not a!87)
                       (ite (= #xc0010007 inp.guest_wrmsr.msr) (not a!88) a!105)))))
(let ((a!107 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!85) a!106)
                       #b01
                       p.ctx)
                  p.ctx))
      (a!123 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!85) a!106)
                       |p.hw_evtsel[0]|
                       (ite a!119 |p.hw_evtsel[0]| a!122))
                  |p.hw_evtsel[0]|))
      (a!128 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!85) a!106)
                       |p.hw_evtsel[1]|
                       (ite a!119 |p.hw_evtsel[1]| a!127))
                  |p.hw_evtsel[1]|))
      (a!133 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!85) a!106)
                       |p.hw_evtsel[2]|
                       (ite a!119 |p.hw_evtsel[2]| a!132))
                  |p.hw_evtsel[2]|))
      (a!138 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!85) a!106)
                       |p.hw_evtsel[3]|
                       (ite a!119 |p.hw_evtsel[3]| a!137))
                  |p.hw_evtsel[3]|))
      (a!143 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!85) a!106)
                       |p.hw_evtsel[4]|
                       (ite a!119 |p.hw_evtsel[4]| a!142))
                  |p.hw_evtsel[4]|))
      (a!148 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!85) a!106)
                       |p.hw_evtsel[5]|
                       (ite a!119 |p.hw_evtsel[5]| a!147))
                  |p.hw_evtsel[5]|)))
(let ((a!108 (ite (= #xa actp)
                  (ite (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!85) a!98)
                       #b01
                       p.ctx)
                  a!107))
      (a!124 (ite (= #x1 actp)
                  a!117
                  (ite (= #x4 actp)
                       a!118
                       (ite (= #x5 actp) hvp.host_perf_activity.8 a!123))))
      (a!129 (ite (= #x1 actp)
                  a!125
                  (ite (= #x4 actp)
                       a!126
                       (ite (= #x5 actp) hvp.host_perf_activity.10 a!128))))
      (a!134 (ite (= #x1 actp)
                  a!130
                  (ite (= #x4 actp)
                       a!131
                       (ite (= #x5 actp) hvp.host_perf_activity.12 a!133))))
      (a!139 (ite (= #x1 actp)
                  a!135
                  (ite (= #x4 actp)
                       a!136
                       (ite (= #x5 actp) hvp.host_perf_activity.14 a!138))))
      (a!144 (ite (= #x1 actp)
                  a!140
                  (ite (= #x4 actp)
                       a!141
                       (ite (= #x5 actp) hvp.host_perf_activity.16 a!143))))
      (a!149 (ite (= #x1 actp)
                  a!145
                  (ite (= #x4 actp)
                       a!146
                       (ite (= #x5 actp) hvp.host_perf_activity.18 a!148)))))
(let ((a!109 (ite (= #x3 actp)
                  #b01
                  (ite (= #x4 actp) #b00 (ite (= #x8 actp) a!84 a!108))))
      (a!151 (and (= #b1 ((_ extract 40 40) a!124))
                  (not (= #b1 ((_ extract 41 41) a!124)))))
      (a!152 (and (= #b1 ((_ extract 40 40) a!129))
                  (not (= #b1 ((_ extract 41 41) a!129)))))
      (a!153 (and (= #b1 ((_ extract 40 40) a!134))
                  (not (= #b1 ((_ extract 41 41) a!134)))))
      (a!154 (and (= #b1 ((_ extract 40 40) a!139))
                  (not (= #b1 ((_ extract 41 41) a!139)))))
      (a!155 (and (= #b1 ((_ extract 40 40) a!144))
                  (not (= #b1 ((_ extract 41 41) a!144)))))
      (a!156 (and (= #b1 ((_ extract 40 40) a!149))
                  (not (= #b1 ((_ extract 41 41) a!149))))))
(let ((a!110 (ite (= #x1 actp) #b01 (ite (= #x2 actp) #b10 a!109)))
      (a!157 (and (=> (bvult #x00 a!116)
                      (or (= #x0000000000000000 a!124) a!151))
                  (=> (bvult #x01 a!116)
                      (or (= #x0000000000000000 a!129) a!152))
                  (=> (bvult #x02 a!116)
                      (or (= #x0000000000000000 a!134) a!153))
                  (=> (bvult #x03 a!116)
                      (or (= #x0000000000000000 a!139) a!154))
                  (=> (bvult #x04 a!116)
                      (or (= #x0000000000000000 a!144) a!155))
                  (=> (bvult #x05 a!116)
                      (or (= #x0000000000000000 a!149) a!156)))))
(let ((a!112 (and (or (= #b01 a!110) (= #b10 a!110))
                  cfg.enable_mediated_pmu
                  a!111)))
(let ((a!150 (=> a!112
                 (and (=> (bvult #x00 a!116) (= a!124 a!39))
                      (=> (bvult #x01 a!116) (= a!129 a!43))
                      (=> (bvult #x02 a!116) (= a!134 a!47))
                      (=> (bvult #x03 a!116) (= a!139 a!51))
                      (=> (bvult #x04 a!116) (= a!144 a!55))
                      (=> (bvult #x05 a!116) (= a!149 a!59))))))
(let ((a!158 (and (or (= #x0000000000000000 a!39) a!40)
                  (or (= #x0000000000000000 a!43) a!44)
                  (or (= #x0000000000000000 a!47) a!48)
                  (or (= #x0000000000000000 a!51) a!52)
                  (or (= #x0000000000000000 a!55) a!56)
                  (or (= #x0000000000000000 a!59) a!60)
                  (= #x0000000000000000
                     (bvand a!39 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!43 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!47 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!51 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!55 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!59 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000 a!63)
                  (= #x0000000000000000 a!66)
                  (= #x0000000000000000 a!69)
                  (= #x0000000000000000 a!72)
                  (= #x0000000000000000 a!75)
                  (= #x0000000000000000 a!78)
                  a!150
                  (=> a!112 a!157))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[0]|) a!1)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[1]|) a!2)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[2]|) a!3)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[3]|) a!4)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[4]|) a!5)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[5]|) a!6)
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[0]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[1]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[2]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[3]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[4]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[5]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[0]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[1]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[2]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[3]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[4]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[5]| #xfffffff000280000))
       a!8
       (=> a!7 a!15)
       a!19
       (bvult actp #xe)
       (not a!158))))))))))))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|)))))
      (a!2 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|)))))
      (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|)))))
      (a!4 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|)))))
      (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|)))))
      (a!6 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|))
                (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|)))))
      (a!7 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version))))
      (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|))
                (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|)))))
      (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|)))))
      (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|)))))
      (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|)))))
      (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|)))))
      (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|))
                 (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|))))))
(let ((a!8 (=> a!7
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_evtsel[0]| |p.pmu_eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_evtsel[1]| |p.pmu_eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_evtsel[2]| |p.pmu_eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_evtsel[3]| |p.pmu_eventsel_hw[3]|))
                    (=> (bvult #x04 p.nr_gp)
                        (= |p.hw_evtsel[4]| |p.pmu_eventsel_hw[4]|))
                    (=> (bvult #x05 p.nr_gp)
                        (= |p.hw_evtsel[5]| |p.pmu_eventsel_hw[5]|)))))
      (a!15 (and (=> (bvult #x00 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[0]|) a!9))
                 (=> (bvult #x01 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[1]|) a!10))
                 (=> (bvult #x02 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[2]|) a!11))
                 (=> (bvult #x03 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[3]|) a!12))
                 (=> (bvult #x04 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[4]|) a!13))
                 (=> (bvult #x05 p.nr_gp)
                     (or (= #x0000000000000000 |p.hw_evtsel[5]|) a!14)))))
  (and (bvuge cfg.host_nr_gp #x04)
       (bvule cfg.host_nr_gp #x06)
       (=> cfg.enable_mediated_pmu
           (and (bvuge cfg.host_pmu_version #x02) (= #x06 cfg.host_nr_gp)))
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[0]|) a!1)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[1]|) a!2)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[2]|) a!3)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[3]|) a!4)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[4]|) a!5)
       (or (= #x0000000000000000 |p.pmu_eventsel_hw[5]|) a!6)
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[0]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[1]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[2]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[3]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[4]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000
          (bvand |p.pmu_eventsel_hw[5]|
                 #xfffffff000280000
                 (bvnot #x0000010000000000)))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[0]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[1]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[2]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[3]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[4]| #xfffffff000280000))
       (= #x0000000000000000 (bvand |p.pmu_eventsel[5]| #xfffffff000280000))
       a!8
       (=> a!7 a!15)
       (not (=> a!7 a!15))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.host_pmu_version cfg.host_nr_gp p.has_run p.cpuid_perfctr_core p.cpuid_perfmon_v2 p.pmu_version p.nr_gp p.gp_counter_bitmask p.global_rsvd |p.pmu_eventsel[0]| |p.pmu_eventsel[1]| |p.pmu_eventsel[2]| |p.pmu_eventsel[3]| |p.pmu_eventsel[4]| |p.pmu_eventsel[5]| |p.pmu_eventsel_hw[0]| |p.pmu_eventsel_hw[1]| |p.pmu_eventsel_hw[2]| |p.pmu_eventsel_hw[3]| |p.pmu_eventsel_hw[4]| |p.pmu_eventsel_hw[5]| p.pmu_global_ctrl p.pmu_global_status |p.hw_evtsel[0]| |p.hw_evtsel[1]| |p.hw_evtsel[2]| |p.hw_evtsel[3]| |p.hw_evtsel[4]| |p.hw_evtsel[5]| p.hw_global_ctl p.hw_global_status p.ctx p.pending p.pending_index p.pending_data
; invariant: (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|))))) (a!2 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|))))) (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|))))) (a!4 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|))))) (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|))))) (a!6 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|))))) (a!7 (and (or (= #b01 p.ctx) (= #b10 p.ctx)) cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))) (a!9 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[0]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[0]|))))) (a!10 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[1]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[1]|))))) (a!11 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[2]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[2]|))))) (a!12 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[3]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[3]|))))) (a!13 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[4]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[4]|))))) (a!14 (and (= #b1 ((_ extract 40 40) |p.hw_evtsel[5]|)) (not (= #b1 ((_ extract 41 41) |p.hw_evtsel[5]|)))))) (let ((a!8 (=> a!7 (and (=> (bvult #x00 p.nr_gp) (= |p.hw_evtsel[0]| |p.pmu_eventsel_hw[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_evtsel[1]| |p.pmu_eventsel_hw[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_evtsel[2]| |p.pmu_eventsel_hw[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_evtsel[3]| |p.pmu_eventsel_hw[3]|)) (=> (bvult #x04 p.nr_gp) (= |p.hw_evtsel[4]| |p.pmu_eventsel_hw[4]|)) (=> (bvult #x05 p.nr_gp) (= |p.hw_evtsel[5]| |p.pmu_eventsel_hw[5]|))))) (a!15 (and (=> (bvult #x00 p.nr_gp) (or (= #x0000000000000000 |p.hw_evtsel[0]|) a!9)) (=> (bvult #x01 p.nr_gp) (or (= #x0000000000000000 |p.hw_evtsel[1]|) a!10)) (=> (bvult #x02 p.nr_gp) (or (= #x0000000000000000 |p.hw_evtsel[2]|) a!11)) (=> (bvult #x03 p.nr_gp) (or (= #x0000000000000000 |p.hw_evtsel[3]|) a!12)) (=> (bvult #x04 p.nr_gp) (or (= #x0000000000000000 |p.hw_evtsel[4]|) a!13)) (=> (bvult #x05 p.nr_gp) (or (= #x0000000000000000 |p.hw_evtsel[5]|) a!14))))) (and (or (= #x0000000000000000 |p.pmu_eventsel_hw[0]|) a!1) (or (= #x0000000000000000 |p.pmu_eventsel_hw[1]|) a!2) (or (= #x0000000000000000 |p.pmu_eventsel_hw[2]|) a!3) (or (= #x0000000000000000 |p.pmu_eventsel_hw[3]|) a!4) (or (= #x0000000000000000 |p.pmu_eventsel_hw[4]|) a!5) (or (= #x0000000000000000 |p.pmu_eventsel_hw[5]|) a!6) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[0]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[1]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[2]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[3]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[4]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[5]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel[0]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[1]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[2]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[3]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[4]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[5]| #xfffffff000280000)) a!8 (=> a!7 a!15))))
; trigger: reached at depth 2
