; vpmu-formal-certificate-1
; spec: amd_mediated_eventsel
; property: reserved_bits_never_reach_hw
; key: d81367f42d8746f785d6510dfb8132f20135e3efe88949d25350c4c4fef2db34
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun |p.pmu_eventsel[5]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[4]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[3]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.pmu_eventsel[0]| () (_ BitVec 64))
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
(declare-fun inp.kvm_set_msr.data () (_ BitVec 64))
(declare-fun inp.kvm_set_msr.host_initiated () Bool)
(declare-fun inp.kvm_set_msr.msr () (_ BitVec 32))
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
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
      (a!7 (and (= #x0000000000000000
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
                   (bvand |p.pmu_eventsel[5]| #xfffffff000280000))))
      (a!8 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version))))
      (a!10 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[0]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[0]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[0]|)))))
      (a!11 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[1]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[1]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[1]|)))))
      (a!12 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[2]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[2]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[2]|)))))
      (a!13 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[3]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[3]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[3]|)))))
      (a!14 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[4]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[4]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[4]|)))))
      (a!15 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[5]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[5]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[5]|))))))
(let ((a!9 (=> a!8
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
      (a!16 (=> a!8
                (and (=> (bvult #x00 p.nr_gp) a!10)
                     (=> (bvult #x01 p.nr_gp) a!11)
                     (=> (bvult #x02 p.nr_gp) a!12)
                     (=> (bvult #x03 p.nr_gp) a!13)
                     (=> (bvult #x04 p.nr_gp) a!14)
                     (=> (bvult #x05 p.nr_gp) a!15)))))
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
       a!7
       a!9
       a!16
       a!7))))
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
      (a!7 (and (= #x0000000000000000
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
                   (bvand |p.pmu_eventsel[5]| #xfffffff000280000))))
      (a!8 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version))))
      (a!10 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[0]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[0]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[0]|)))))
      (a!11 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[1]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[1]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[1]|)))))
      (a!12 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[2]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[2]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[2]|)))))
      (a!13 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[3]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[3]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[3]|)))))
      (a!14 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[4]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[4]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[4]|)))))
      (a!15 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[5]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[5]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[5]|))))))
(let ((a!9 (=> a!8
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
      (a!16 (=> a!8
                (and (=> (bvult #x00 p.nr_gp) a!10)
                     (=> (bvult #x01 p.nr_gp) a!11)
                     (=> (bvult #x02 p.nr_gp) a!12)
                     (=> (bvult #x03 p.nr_gp) a!13)
                     (=> (bvult #x04 p.nr_gp) a!14)
                     (=> (bvult #x05 p.nr_gp) a!15)))))
(let ((a!17 (and (or (= #x0000000000000000 |p.pmu_eventsel_hw[0]|) a!1)
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
                 a!7
                 a!9
                 a!16
                 a!7)))
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
       (not a!17))))))
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
      (a!7 (and (= #x0000000000000000
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
                   (bvand |p.pmu_eventsel[5]| #xfffffff000280000))))
      (a!8 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!10 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[0]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[0]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[0]|)))))
      (a!11 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[1]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[1]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[1]|)))))
      (a!12 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[2]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[2]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[2]|)))))
      (a!13 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[3]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[3]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[3]|)))))
      (a!14 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[4]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[4]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[4]|)))))
      (a!15 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[5]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[5]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[5]|)))))
      (a!17 (and (= #xa actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_rdmsr.msr #xc0010000)
                          (bvule inp.guest_rdmsr.msr #xc0010007))
                     (and (bvuge inp.guest_rdmsr.msr #xc0010200)
                          (bvule inp.guest_rdmsr.msr #xc001020b))
                     (and (bvuge inp.guest_rdmsr.msr #xc0000300)
                          (bvule inp.guest_rdmsr.msr #xc0000303)))))
      (a!18 (and (= #xc actp)
                 (and (= #b10 p.ctx) (= #b00 p.pending))
                 (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                          (bvule inp.guest_wrmsr.msr #xc0010007))
                     (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                          (bvule inp.guest_wrmsr.msr #xc001020b))
                     (and (bvuge inp.guest_wrmsr.msr #xc0000300)
                          (bvule inp.guest_wrmsr.msr #xc0000303)))))
      (a!19 (and (= #b00 p.pending)
                 (or (and (bvuge inp.kvm_set_msr.msr #xc0010000)
                          (bvule inp.kvm_set_msr.msr #xc0010007))
                     (and (bvuge inp.kvm_set_msr.msr #xc0010200)
                          (bvule inp.kvm_set_msr.msr #xc001020b))
                     (and (bvuge inp.kvm_set_msr.msr #xc0000300)
                          (bvule inp.kvm_set_msr.msr #xc0000303)))))
      (a!21 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010000)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!22 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010200)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc001020b)))
      (a!23 (and (bvuge (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010004)
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!28 (and (bvule #xc0010200
                        (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index))
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc001020b)))
      (a!29 (and (bvule #xc0010004
                        (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index))
                 (bvule (ite inp.kvm_set_msr.host_initiated
                             inp.kvm_set_msr.msr
                             p.pending_index)
                        #xc0010007)))
      (a!32 (concat #b0
                    ((_ extract 31 9)
                      (bvadd #x3ffefe00
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!35 (concat #b0
                    ((_ extract 31 1)
                      (bvadd #x3ffefe00
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!37 (bvor (bvand (bvand (ite inp.kvm_set_msr.host_initiated
                                     inp.kvm_set_msr.data
                                     p.pending_data)
                                (bvnot #xfffffff000280000))
                         (bvnot #x0000020000000000))
                  #x0000010000000000))
      (a!81 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!83 (or (not (= ((_ extract 31 8) inp.guest_rdpmc.ecx) #x000000))
                (bvule cfg.host_nr_gp ((_ extract 7 0) inp.guest_rdpmc.ecx))))
      (a!84 (or (not (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                        #b000000000000000))
                (bvule #b10000000000000000
                       ((_ extract 16 0) inp.guest_rdpmc.ecx))))
      (a!87 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x00)))
      (a!88 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x01)))
      (a!89 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x02)))
      (a!90 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.nr_gp #x03)))
      (a!91 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 p.cpuid_perfctr_core))
      (a!113 (not (= #x00
                     (ite (= #x0 actp)
                          (ite inp.kvm_set_cpuid.perfmon_v2 #x02 #x01)
                          p.pmu_version))))
      (a!115 (ite (bvult ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  ((_ zero_extend 4) inp.kvm_set_cpuid.num_core_pmc)
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!116 (ite (bvult #x06
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  #x06
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!117 (ite (bvult #x04
                         (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06))
                  #x04
                  (ite (bvult cfg.host_nr_gp #x06) cfg.host_nr_gp #x06)))
      (a!119 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.pmu_eventsel_hw[0]|
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!120 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp) #x0000000000000000 |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!121 (or (and (bvuge inp.guest_wrmsr.msr #xc0010004)
                      (bvule inp.guest_wrmsr.msr #xc0010007))
                 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                           (bvule inp.guest_wrmsr.msr #xc001020b))
                      (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!122 (and (and (bvuge inp.guest_wrmsr.msr #xc0010200)
                       (bvule inp.guest_wrmsr.msr #xc001020b))
                  (not (= #b1 ((_ extract 0 0) inp.guest_wrmsr.msr)))))
      (a!123 (ite (and (bvule #xc0010200 inp.guest_wrmsr.msr)
                       (bvule inp.guest_wrmsr.msr #xc001020b))
                  (concat #b0
                          ((_ extract 31 1)
                            (bvadd #x3ffefe00 inp.guest_wrmsr.msr)))
                  (ite (and (bvule #xc0010004 inp.guest_wrmsr.msr)
                            (bvule inp.guest_wrmsr.msr #xc0010007))
                       (bvadd #x3ffefffc inp.guest_wrmsr.msr)
                       (bvadd #x3fff0000 inp.guest_wrmsr.msr))))
      (a!127 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.pmu_eventsel_hw[1]|
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!128 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp) #x0000000000000000 |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!132 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.pmu_eventsel_hw[2]|
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!133 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp) #x0000000000000000 |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!137 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.pmu_eventsel_hw[3]|
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!138 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp) #x0000000000000000 |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!142 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp)
                       |p.pmu_eventsel_hw[4]|
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!143 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x04 p.nr_gp) #x0000000000000000 |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!147 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp)
                       |p.pmu_eventsel_hw[5]|
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|))
      (a!148 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x05 p.nr_gp) #x0000000000000000 |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|)))
(let ((a!9 (=> a!8
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
      (a!16 (=> a!8
                (and (=> (bvult #x00 p.nr_gp) a!10)
                     (=> (bvult #x01 p.nr_gp) a!11)
                     (=> (bvult #x02 p.nr_gp) a!12)
                     (=> (bvult #x03 p.nr_gp) a!13)
                     (=> (bvult #x04 p.nr_gp) a!14)
                     (=> (bvult #x05 p.nr_gp) a!15))))
      (a!20 (or (and (= #x0 actp)
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
                a!17
                (and (= #xb actp) (= #b00 p.ctx) (= #b10 p.pending))
                a!18
                (and (= #xd actp)
                     (= #b00 p.ctx)
                     (ite inp.kvm_set_msr.host_initiated
                          a!19
                          (= #b11 p.pending)))))
      (a!24 (and a!22
                 (= #b1
                    ((_ extract 0 0)
                      (ite inp.kvm_set_msr.host_initiated
                           inp.kvm_set_msr.msr
                           p.pending_index)))))
      (a!25 (ite a!22
                 (bvlshr (bvsub (ite inp.kvm_set_msr.host_initiated
                                     inp.kvm_set_msr.msr
                                     p.pending_index)
                                #xc0010200)
                         #x00000001)
                 (ite a!23
                      (bvsub (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)
                             #xc0010004)
                      (bvsub (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)
                             #xc0010000))))
      (a!30 (ite a!29
                 (bvadd #xfc
                        (ite inp.kvm_set_msr.host_initiated
                             ((_ extract 7 0) inp.kvm_set_msr.msr)
                             ((_ extract 7 0) p.pending_index)))
                 (ite inp.kvm_set_msr.host_initiated
                      ((_ extract 7 0) inp.kvm_set_msr.msr)
                      ((_ extract 7 0) p.pending_index))))
      (a!33 (ite a!29
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
      (a!36 (ite a!28
                 a!35
                 (ite a!29
                      (bvadd #x3ffefffc
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index))
                      (bvadd #x3fff0000
                             (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.msr
                                  p.pending_index)))))
      (a!82 (or cfg.enable_vmware_backdoor
                (or a!81 (not (= p.nr_gp cfg.host_nr_gp)))
                (not (= #x0000ffffffffffff p.gp_counter_bitmask))))
      (a!85 (not (and cfg.enable_vmware_backdoor
                      a!84
                      (= ((_ extract 31 17) inp.guest_rdpmc.ecx)
                         #b000000000000000)
                      (bvule ((_ extract 16 0) inp.guest_rdpmc.ecx)
                             #b10000000000000010))))
      (a!92 (or (or a!81 (not (= p.nr_gp cfg.host_nr_gp)))
                (not (bvugt p.pmu_version #x01))))
      (a!118 (ite (= #x0 actp)
                  (ite inp.kvm_set_cpuid.perfmon_v2
                       a!115
                       (ite inp.kvm_set_cpuid.perfctr_core a!116 a!117))
                  p.nr_gp))
      (a!124 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!122)
                  (ite (= a!123 #x00000000)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[0]|)
                  |p.hw_evtsel[0]|))
      (a!129 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!122)
                  (ite (= a!123 #x00000001)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[1]|)
                  |p.hw_evtsel[1]|))
      (a!134 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!122)
                  (ite (= a!123 #x00000002)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[2]|)
                  |p.hw_evtsel[2]|))
      (a!139 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!122)
                  (ite (= a!123 #x00000003)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[3]|)
                  |p.hw_evtsel[3]|))
      (a!144 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!122)
                  (ite (= a!123 #x00000004)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[4]|)
                  |p.hw_evtsel[4]|))
      (a!149 (ite (or (and (bvuge inp.guest_wrmsr.msr #xc0010000)
                           (bvule inp.guest_wrmsr.msr #xc0010003))
                      a!122)
                  (ite (= a!123 #x00000005)
                       inp.guest_wrmsr.data
                       |p.hw_evtsel[5]|)
                  |p.hw_evtsel[5]|)))
(let ((a!26 (ite (= #x00000002 a!25)
                 |p.pmu_eventsel[2]|
                 (ite (= #x00000003 a!25)
                      |p.pmu_eventsel[3]|
                      (ite (= #x00000004 a!25)
                           |p.pmu_eventsel[4]|
                           |p.pmu_eventsel[5]|))))
      (a!31 (ite a!28
                 ((_ extract 8 1)
                   (bvadd #x3ffefe00
                          (ite inp.kvm_set_msr.host_initiated
                               inp.kvm_set_msr.msr
                               p.pending_index)))
                 a!30))
      (a!86 (ite a!82 (ite (not (and a!83 a!85)) #b01 p.ctx) p.ctx))
      (a!93 (ite (= #xc0000300 inp.guest_rdmsr.msr)
                 a!92
                 (ite (= #xc0000302 inp.guest_rdmsr.msr)
                      a!92
                      (ite (= #xc0000303 inp.guest_rdmsr.msr) a!92 true))))
      (a!101 (ite (= #xc0000300 inp.guest_wrmsr.msr)
                  a!92
                  (ite (= #xc0000302 inp.guest_wrmsr.msr)
                       a!92
                       (ite (= #xc0000303 inp.guest_wrmsr.msr) a!92 true)))))
(let ((a!27 (= (bvand (ite inp.kvm_set_msr.host_initiated
                           inp.kvm_set_msr.data
                           p.pending_data)
                      (bvnot #xfffffff000280000))
               (ite (= #x00000000 a!25)
                    |p.pmu_eventsel[0]|
                    (ite (= #x00000001 a!25) |p.pmu_eventsel[1]| a!26))))
      (a!34 (or (= p.pmu_version #x00)
                (and (bvule #xc0010200
                            (ite inp.kvm_set_msr.host_initiated
                                 inp.kvm_set_msr.msr
                                 p.pending_index))
                     (bvule (ite inp.kvm_set_msr.host_initiated
                                 inp.kvm_set_msr.msr
                                 p.pending_index)
                            #xc001020b)
                     (not p.cpuid_perfctr_core))
                (bvule p.nr_gp a!31)
                (not (= (ite a!28 a!32 a!33) #x000000))))
      (a!94 (ite (= #xc001020b inp.guest_rdmsr.msr)
                 (not (and a!91 (bvugt p.nr_gp #x05)))
                 (ite (= #xc0000301 inp.guest_rdmsr.msr) a!92 a!93)))
      (a!102 (ite (= #xc001020b inp.guest_wrmsr.msr)
                  (not (and a!91 (bvugt p.nr_gp #x05)))
                  (ite (= #xc0000301 inp.guest_wrmsr.msr) a!92 a!101))))
(let ((a!38 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000000))
                      a!37
                      |p.pmu_eventsel_hw[0]|)
                 |p.pmu_eventsel_hw[0]|))
      (a!42 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000001))
                      a!37
                      |p.pmu_eventsel_hw[1]|)
                 |p.pmu_eventsel_hw[1]|))
      (a!46 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000002))
                      a!37
                      |p.pmu_eventsel_hw[2]|)
                 |p.pmu_eventsel_hw[2]|))
      (a!50 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000003))
                      a!37
                      |p.pmu_eventsel_hw[3]|)
                 |p.pmu_eventsel_hw[3]|))
      (a!54 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000004))
                      a!37
                      |p.pmu_eventsel_hw[4]|)
                 |p.pmu_eventsel_hw[4]|))
      (a!58 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000005))
                      a!37
                      |p.pmu_eventsel_hw[5]|)
                 |p.pmu_eventsel_hw[5]|))
      (a!62 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000000))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[0]|)
                 |p.pmu_eventsel[0]|))
      (a!65 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000001))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[1]|)
                 |p.pmu_eventsel[1]|))
      (a!68 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000002))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[2]|)
                 |p.pmu_eventsel[2]|))
      (a!71 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000003))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[3]|)
                 |p.pmu_eventsel[3]|))
      (a!74 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000004))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[4]|)
                 |p.pmu_eventsel[4]|))
      (a!77 (ite (not a!27)
                 (ite (and (not a!34) (= a!36 #x00000005))
                      (bvand (ite inp.kvm_set_msr.host_initiated
                                  inp.kvm_set_msr.data
                                  p.pending_data)
                             (bvnot #xfffffff000280000))
                      |p.pmu_eventsel[5]|)
                 |p.pmu_eventsel[5]|))
      (a!95 (ite (= #xc0010209 inp.guest_rdmsr.msr)
                 (not (and a!91 (bvugt p.nr_gp #x04)))
                 a!94))
      (a!103 (ite (= #xc0010209 inp.guest_wrmsr.msr)
                  (not (and a!91 (bvugt p.nr_gp #x04)))
                  a!102)))
(let ((a!39 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[0]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel_hw[0]| a!38)
                      |p.pmu_eventsel_hw[0]|)))
      (a!43 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[1]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel_hw[1]| a!42)
                      |p.pmu_eventsel_hw[1]|)))
      (a!47 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[2]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel_hw[2]| a!46)
                      |p.pmu_eventsel_hw[2]|)))
      (a!51 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[3]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel_hw[3]| a!50)
                      |p.pmu_eventsel_hw[3]|)))
      (a!55 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[4]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel_hw[4]| a!54)
                      |p.pmu_eventsel_hw[4]|)))
      (a!59 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel_hw[5]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel_hw[5]| a!58)
                      |p.pmu_eventsel_hw[5]|)))
      (a!63 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[0]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel[0]| a!62)
                      |p.pmu_eventsel[0]|)))
      (a!66 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[1]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel[1]| a!65)
                      |p.pmu_eventsel[1]|)))
      (a!69 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[2]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel[2]| a!68)
                      |p.pmu_eventsel[2]|)))
      (a!72 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[3]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel[3]| a!71)
                      |p.pmu_eventsel[3]|)))
      (a!75 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[4]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel[4]| a!74)
                      |p.pmu_eventsel[4]|)))
      (a!78 (ite (and a!21 (= #x00 p.pmu_version))
                 |p.pmu_eventsel[5]|
                 (ite (or a!21 a!22)
                      (ite (or a!23 a!24) |p.pmu_eventsel[5]| a!77)
                      |p.pmu_eventsel[5]|)))
      (a!96 (ite (= #xc0010207 inp.guest_rdmsr.msr)
                 (not (and a!91 (bvugt p.nr_gp #x03)))
                 a!95))
      (a!104 (ite (= #xc0010207 inp.guest_wrmsr.msr)
                  (not (and a!91 (bvugt p.nr_gp #x03)))
                  a!103)))
(let ((a!40 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!39 |p.pmu_eventsel_hw[0]|)))
      (a!44 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!43 |p.pmu_eventsel_hw[1]|)))
      (a!48 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!47 |p.pmu_eventsel_hw[2]|)))
      (a!52 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!51 |p.pmu_eventsel_hw[3]|)))
      (a!56 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!55 |p.pmu_eventsel_hw[4]|)))
      (a!60 (ite (= #x0 actp)
                 #x0000000000000000
                 (ite (= #xd actp) a!59 |p.pmu_eventsel_hw[5]|)))
      (a!64 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!63 |p.pmu_eventsel[0]|))
                   #xfffffff000280000))
      (a!67 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!66 |p.pmu_eventsel[1]|))
                   #xfffffff000280000))
      (a!70 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!69 |p.pmu_eventsel[2]|))
                   #xfffffff000280000))
      (a!73 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!72 |p.pmu_eventsel[3]|))
                   #xfffffff000280000))
      (a!76 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!75 |p.pmu_eventsel[4]|))
                   #xfffffff000280000))
      (a!79 (bvand (ite (= #x0 actp)
                        #x0000000000000000
                        (ite (= #xd actp) a!78 |p.pmu_eventsel[5]|))
                   #xfffffff000280000))
      (a!97 (ite (= #xc0010205 inp.guest_rdmsr.msr)
                 (not (and a!91 (bvugt p.nr_gp #x02)))
                 a!96))
      (a!105 (ite (= #xc0010205 inp.guest_wrmsr.msr)
                  (not (and a!91 (bvugt p.nr_gp #x02)))
                  a!104)))
(let ((a!41 (and (= #b1 ((_ extract 40 40) a!40))
                 (not (= #b1 ((_ extract 41 41) a!40)))))
      (a!45 (and (= #b1 ((_ extract 40 40) a!44))
                 (not (= #b1 ((_ extract 41 41) a!44)))))
      (a!49 (and (= #b1 ((_ extract 40 40) a!48))
                 (not (= #b1 ((_ extract 41 41) a!48)))))
      (a!53 (and (= #b1 ((_ extract 40 40) a!52))
                 (not (= #b1 ((_ extract 41 41) a!52)))))
      (a!57 (and (= #b1 ((_ extract 40 40) a!56))
                 (not (= #b1 ((_ extract 41 41) a!56)))))
      (a!61 (and (= #b1 ((_ extract 40 40) a!60))
                 (not (= #b1 ((_ extract 41 41) a!60)))))
      (a!80 (and (= #x0000000000000000 a!64)
                 (= #x0000000000000000 a!67)
                 (= #x0000000000000000 a!70)
                 (= #x0000000000000000 a!73)
                 (= #x0000000000000000 a!76)
                 (= #x0000000000000000 a!79)))
      (a!98 (ite (= #xc0010203 inp.guest_rdmsr.msr)
                 (not (and a!91 (bvugt p.nr_gp #x01)))
                 a!97))
      (a!106 (ite (= #xc0010203 inp.guest_wrmsr.msr)
                  (not (and a!91 (bvugt p.nr_gp #x01)))
                  a!105)))
(let ((a!99 (ite (= #xc0010201 inp.guest_rdmsr.msr)
                 (not (and a!91 (bvugt p.nr_gp #x00)))
                 a!98))
      (a!107 (ite (= #xc0010201 inp.guest_wrmsr.msr)
                  (not (and a!91 (bvugt p.nr_gp #x00)))
                  a!106)))
(let ((a!100 (ite (= #xc0010005 inp.guest_rdmsr.msr)
                  (not a!88)
                  (ite (= #xc0010006 inp.guest_rdmsr.msr)
                       (not a!89)
                       (ite (= #xc0010007 inp.guest_rdmsr.msr) (not a!90) a!99))))
      (a!108 (ite (= #xc0010005 inp.guest_wrmsr.msr)
                  (not a!88)
                  (ite (= #xc0010006 inp.guest_wrmsr.msr)
                       (not a!89)
                       (ite (= #xc0010007 inp.guest_wrmsr.msr) (not a!90) a!107)))))
(let ((a!109 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!87) a!108)
                       #b01
                       p.ctx)
                  p.ctx))
      (a!125 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!87) a!108)
                       |p.hw_evtsel[0]|
                       (ite a!121 |p.hw_evtsel[0]| a!124))
                  |p.hw_evtsel[0]|))
      (a!130 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!87) a!108)
                       |p.hw_evtsel[1]|
                       (ite a!121 |p.hw_evtsel[1]| a!129))
                  |p.hw_evtsel[1]|))
      (a!135 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!87) a!108)
                       |p.hw_evtsel[2]|
                       (ite a!121 |p.hw_evtsel[2]| a!134))
                  |p.hw_evtsel[2]|))
      (a!140 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!87) a!108)
                       |p.hw_evtsel[3]|
                       (ite a!121 |p.hw_evtsel[3]| a!139))
                  |p.hw_evtsel[3]|))
      (a!145 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!87) a!108)
                       |p.hw_evtsel[4]|
                       (ite a!121 |p.hw_evtsel[4]| a!144))
                  |p.hw_evtsel[4]|))
      (a!150 (ite (= #xc actp)
                  (ite (ite (= #xc0010004 inp.guest_wrmsr.msr) (not a!87) a!108)
                       |p.hw_evtsel[5]|
                       (ite a!121 |p.hw_evtsel[5]| a!149))
                  |p.hw_evtsel[5]|)))
(let ((a!110 (ite (= #xa actp)
                  (ite (ite (= #xc0010004 inp.guest_rdmsr.msr) (not a!87) a!100)
                       #b01
                       p.ctx)
                  a!109))
      (a!126 (ite (= #x1 actp)
                  a!119
                  (ite (= #x4 actp)
                       a!120
                       (ite (= #x5 actp) hvp.host_perf_activity.8 a!125))))
      (a!131 (ite (= #x1 actp)
                  a!127
                  (ite (= #x4 actp)
                       a!128
                       (ite (= #x5 actp) hvp.host_perf_activity.10 a!130))))
      (a!136 (ite (= #x1 actp)
                  a!132
                  (ite (= #x4 actp)
                       a!133
                       (ite (= #x5 actp) hvp.host_perf_activity.12 a!135))))
      (a!141 (ite (= #x1 actp)
                  a!137
                  (ite (= #x4 actp)
                       a!138
                       (ite (= #x5 actp) hvp.host_perf_activity.14 a!140))))
      (a!146 (ite (= #x1 actp)
                  a!142
                  (ite (= #x4 actp)
                       a!143
                       (ite (= #x5 actp) hvp.host_perf_activity.16 a!145))))
      (a!151 (ite (= #x1 actp)
                  a!147
                  (ite (= #x4 actp)
                       a!148
                       (ite (= #x5 actp) hvp.host_perf_activity.18 a!150)))))
(let ((a!111 (ite (= #x3 actp)
                  #b01
                  (ite (= #x4 actp) #b00 (ite (= #x8 actp) a!86 a!110))))
      (a!153 (and (= #x0000000000000000
                     (bvand a!126 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (not (= #b1 ((_ extract 21 21) a!126)))
                  (not (= #b1 ((_ extract 19 19) a!126)))))
      (a!154 (and (= #x0000000000000000
                     (bvand a!131 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (not (= #b1 ((_ extract 21 21) a!131)))
                  (not (= #b1 ((_ extract 19 19) a!131)))))
      (a!155 (and (= #x0000000000000000
                     (bvand a!136 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (not (= #b1 ((_ extract 21 21) a!136)))
                  (not (= #b1 ((_ extract 19 19) a!136)))))
      (a!156 (and (= #x0000000000000000
                     (bvand a!141 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (not (= #b1 ((_ extract 21 21) a!141)))
                  (not (= #b1 ((_ extract 19 19) a!141)))))
      (a!157 (and (= #x0000000000000000
                     (bvand a!146 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (not (= #b1 ((_ extract 21 21) a!146)))
                  (not (= #b1 ((_ extract 19 19) a!146)))))
      (a!158 (and (= #x0000000000000000
                     (bvand a!151 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (not (= #b1 ((_ extract 21 21) a!151)))
                  (not (= #b1 ((_ extract 19 19) a!151))))))
(let ((a!112 (ite (= #x1 actp) #b01 (ite (= #x2 actp) #b10 a!111))))
(let ((a!114 (and (or (= #b01 a!112) (= #b10 a!112))
                  cfg.enable_mediated_pmu
                  a!113)))
(let ((a!152 (=> a!114
                 (and (=> (bvult #x00 a!118) (= a!126 a!40))
                      (=> (bvult #x01 a!118) (= a!131 a!44))
                      (=> (bvult #x02 a!118) (= a!136 a!48))
                      (=> (bvult #x03 a!118) (= a!141 a!52))
                      (=> (bvult #x04 a!118) (= a!146 a!56))
                      (=> (bvult #x05 a!118) (= a!151 a!60)))))
      (a!159 (=> a!114
                 (and (=> (bvult #x00 a!118) a!153)
                      (=> (bvult #x01 a!118) a!154)
                      (=> (bvult #x02 a!118) a!155)
                      (=> (bvult #x03 a!118) a!156)
                      (=> (bvult #x04 a!118) a!157)
                      (=> (bvult #x05 a!118) a!158)))))
(let ((a!160 (and (or (= #x0000000000000000 a!40) a!41)
                  (or (= #x0000000000000000 a!44) a!45)
                  (or (= #x0000000000000000 a!48) a!49)
                  (or (= #x0000000000000000 a!52) a!53)
                  (or (= #x0000000000000000 a!56) a!57)
                  (or (= #x0000000000000000 a!60) a!61)
                  (= #x0000000000000000
                     (bvand a!40 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!44 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!48 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!52 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!56 #xfffffff000280000 (bvnot #x0000010000000000)))
                  (= #x0000000000000000
                     (bvand a!60 #xfffffff000280000 (bvnot #x0000010000000000)))
                  a!80
                  a!152
                  a!159
                  a!80)))
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
       a!7
       a!9
       a!16
       a!7
       a!20
       (bvult actp #xe)
       (not a!160))))))))))))))))))))
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
      (a!7 (and (= #x0000000000000000
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
                   (bvand |p.pmu_eventsel[5]| #xfffffff000280000))))
      (a!8 (and (or (= #b01 p.ctx) (= #b10 p.ctx))
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version))))
      (a!10 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[0]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[0]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[0]|)))))
      (a!11 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[1]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[1]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[1]|)))))
      (a!12 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[2]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[2]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[2]|)))))
      (a!13 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[3]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[3]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[3]|)))))
      (a!14 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[4]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[4]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[4]|)))))
      (a!15 (and (= #x0000000000000000
                    (bvand |p.hw_evtsel[5]|
                           #xfffffff000280000
                           (bvnot #x0000010000000000)))
                 (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[5]|)))
                 (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[5]|))))))
(let ((a!9 (=> a!8
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
      (a!16 (=> a!8
                (and (=> (bvult #x00 p.nr_gp) a!10)
                     (=> (bvult #x01 p.nr_gp) a!11)
                     (=> (bvult #x02 p.nr_gp) a!12)
                     (=> (bvult #x03 p.nr_gp) a!13)
                     (=> (bvult #x04 p.nr_gp) a!14)
                     (=> (bvult #x05 p.nr_gp) a!15)))))
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
       a!7
       a!9
       (and a!16 a!7)
       (not (and a!16 a!7))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.host_pmu_version cfg.host_nr_gp p.has_run p.cpuid_perfctr_core p.cpuid_perfmon_v2 p.pmu_version p.nr_gp p.gp_counter_bitmask p.global_rsvd |p.pmu_eventsel[0]| |p.pmu_eventsel[1]| |p.pmu_eventsel[2]| |p.pmu_eventsel[3]| |p.pmu_eventsel[4]| |p.pmu_eventsel[5]| |p.pmu_eventsel_hw[0]| |p.pmu_eventsel_hw[1]| |p.pmu_eventsel_hw[2]| |p.pmu_eventsel_hw[3]| |p.pmu_eventsel_hw[4]| |p.pmu_eventsel_hw[5]| p.pmu_global_ctrl p.pmu_global_status |p.hw_evtsel[0]| |p.hw_evtsel[1]| |p.hw_evtsel[2]| |p.hw_evtsel[3]| |p.hw_evtsel[4]| |p.hw_evtsel[5]| p.hw_global_ctl p.hw_global_status p.ctx p.pending p.pending_index p.pending_data
; invariant: (let ((a!1 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[0]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[0]|))))) (a!2 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[1]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[1]|))))) (a!3 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[2]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[2]|))))) (a!4 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[3]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[3]|))))) (a!5 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[4]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[4]|))))) (a!6 (and (= #b1 ((_ extract 40 40) |p.pmu_eventsel_hw[5]|)) (not (= #b1 ((_ extract 41 41) |p.pmu_eventsel_hw[5]|))))) (a!7 (and (= #x0000000000000000 (bvand |p.pmu_eventsel[0]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[1]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[2]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[3]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[4]| #xfffffff000280000)) (= #x0000000000000000 (bvand |p.pmu_eventsel[5]| #xfffffff000280000)))) (a!8 (and (or (= #b01 p.ctx) (= #b10 p.ctx)) cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))) (a!10 (and (= #x0000000000000000 (bvand |p.hw_evtsel[0]| #xfffffff000280000 (bvnot #x0000010000000000))) (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[0]|))) (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[0]|))))) (a!11 (and (= #x0000000000000000 (bvand |p.hw_evtsel[1]| #xfffffff000280000 (bvnot #x0000010000000000))) (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[1]|))) (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[1]|))))) (a!12 (and (= #x0000000000000000 (bvand |p.hw_evtsel[2]| #xfffffff000280000 (bvnot #x0000010000000000))) (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[2]|))) (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[2]|))))) (a!13 (and (= #x0000000000000000 (bvand |p.hw_evtsel[3]| #xfffffff000280000 (bvnot #x0000010000000000))) (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[3]|))) (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[3]|))))) (a!14 (and (= #x0000000000000000 (bvand |p.hw_evtsel[4]| #xfffffff000280000 (bvnot #x0000010000000000))) (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[4]|))) (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[4]|))))) (a!15 (and (= #x0000000000000000 (bvand |p.hw_evtsel[5]| #xfffffff000280000 (bvnot #x0000010000000000))) (not (= #b1 ((_ extract 21 21) |p.hw_evtsel[5]|))) (not (= #b1 ((_ extract 19 19) |p.hw_evtsel[5]|)))))) (let ((a!9 (=> a!8 (and (=> (bvult #x00 p.nr_gp) (= |p.hw_evtsel[0]| |p.pmu_eventsel_hw[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_evtsel[1]| |p.pmu_eventsel_hw[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_evtsel[2]| |p.pmu_eventsel_hw[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_evtsel[3]| |p.pmu_eventsel_hw[3]|)) (=> (bvult #x04 p.nr_gp) (= |p.hw_evtsel[4]| |p.pmu_eventsel_hw[4]|)) (=> (bvult #x05 p.nr_gp) (= |p.hw_evtsel[5]| |p.pmu_eventsel_hw[5]|))))) (a!16 (=> a!8 (and (=> (bvult #x00 p.nr_gp) a!10) (=> (bvult #x01 p.nr_gp) a!11) (=> (bvult #x02 p.nr_gp) a!12) (=> (bvult #x03 p.nr_gp) a!13) (=> (bvult #x04 p.nr_gp) a!14) (=> (bvult #x05 p.nr_gp) a!15))))) (and (or (= #x0000000000000000 |p.pmu_eventsel_hw[0]|) a!1) (or (= #x0000000000000000 |p.pmu_eventsel_hw[1]|) a!2) (or (= #x0000000000000000 |p.pmu_eventsel_hw[2]|) a!3) (or (= #x0000000000000000 |p.pmu_eventsel_hw[3]|) a!4) (or (= #x0000000000000000 |p.pmu_eventsel_hw[4]|) a!5) (or (= #x0000000000000000 |p.pmu_eventsel_hw[5]|) a!6) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[0]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[1]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[2]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[3]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[4]| #xfffffff000280000 (bvnot #x0000010000000000))) (= #x0000000000000000 (bvand |p.pmu_eventsel_hw[5]| #xfffffff000280000 (bvnot #x0000010000000000))) a!7 a!9 a!16 a!7)))
