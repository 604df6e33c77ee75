; vpmu-formal-certificate-1
; spec: mediated_reserved
; property: p13_global_ctrl_passthrough_sound
; key: fc55e858794b110466ceba6379fc7f516e67ed0503efceef3e70a99df61cd74d
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun p.cpuid_pdcm () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.has_run () Bool)
(declare-fun p.global_status_rsvd () (_ BitVec 64))
(declare-fun p.hw_global_status () (_ BitVec 64))
(declare-fun p.hw_global_ctrl () (_ BitVec 64))
(declare-fun p.pmu_global_status () (_ BitVec 64))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.reserved_bits () (_ BitVec 64))
(declare-fun cfg.host_pt_host_guest () Bool)
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[3]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.raw_event_mask_txcp () Bool)
(declare-fun p.fixed_counter_bitmask () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun cfg.host_perf_cap_legacy () (_ BitVec 64))
(declare-fun p.cpuid_tsx () Bool)
(declare-fun p.cpuid_fixed_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_fixed () (_ BitVec 8))
(declare-fun p.cpuid_gp_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_gp () (_ BitVec 8))
(declare-fun p.cpuid_version () (_ BitVec 8))
(declare-fun cfg.vm_enable_pmu () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inp.guest_count.ovf () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.20 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.19 () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun cfg.host_tsx () Bool)
(declare-fun hvp.host_perf_activity.18 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.13 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.11 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.9 () (_ BitVec 64))
(declare-fun hvp.host_perf_activity.7 () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_global_status (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_status (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64))) Bool
  (let ((a!1 (and (not (= #b00 p.ctx))
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!3 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!5 (bvnot (ite (bvugt p.pmu_version #x01)
                       (bvor #x4000000000000000
                             #x8000000000000000
                             (ite cfg.host_pt_host_guest
                                  #x0080000000000000
                                  #x0000000000000000))
                       #x0000000000000000)))
      (a!6 (=> (bvugt p.pmu_version #x01)
               (and (= #x0000000000000000
                       (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))
                    (= #x0000000000000000
                       (bvand p.pmu_global_status p.global_status_rsvd)))))
      (a!7 (and (= #b10 p.ctx)
                (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvugt p.pmu_version #x01)))
      (a!8 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x00 p.nr_gp)))
      (a!9 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                (bvult #x01 p.nr_gp)))
      (a!10 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!11 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!16 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!18 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!19 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!20 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
(let ((a!2 (=> a!1
               (and (=> (bvult #x00 p.nr_gp)
                        (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                    (=> (bvult #x01 p.nr_gp)
                        (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                    (=> (bvult #x02 p.nr_gp)
                        (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|))
                    (=> (bvult #x03 p.nr_gp)
                        (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|))
                    (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))
      (a!4 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!3))
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
      (a!15 (and a!11
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!21 (or a!20
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not (bvugt p.pmu_version #x01)))))
(let ((a!22 (ite (= #x0000038f #x0000038e)
                 a!21
                 (ite (= #x0000038f #x0000038f)
                      a!21
                      (ite (= #x0000038f #x00000390) a!21 true)))))
(let ((a!23 (ite (= #x0000038f #x0000030a)
                 (not a!17)
                 (ite (= #x0000038f #x0000030b)
                      (not a!18)
                      (ite (= #x0000038f #x0000030c) (not a!19) a!22)))))
(let ((a!24 (ite (= #x0000038f #x000004c3)
                 (not a!14)
                 (ite (= #x0000038f #x000004c4)
                      (not a!15)
                      (ite (= #x0000038f #x00000309) (not a!16) a!23)))))
(let ((a!25 (ite (= #x0000038f #x000000c4)
                 (not a!11)
                 (ite (= #x0000038f #x000004c1)
                      (not a!12)
                      (ite (= #x0000038f #x000004c2) (not a!13) a!24)))))
(let ((a!26 (ite (= #x0000038f #x000000c1)
                 (not a!8)
                 (ite (= #x0000038f #x000000c2)
                      (not a!9)
                      (ite (= #x0000038f #x000000c3) (not a!10) a!25)))))
  (and (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x03)
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!2
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!4))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!5))
       (= #b1 ((_ extract 21 21) p.reserved_bits))
       (= #x0000000000004444 (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444))
       a!6
       (=> a!7
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> (and a!1 (bvugt p.pmu_version #x01))
           (= #x0000000000000000
              (bvand p.hw_global_status p.global_status_rsvd)))
       (=> (= #b10 p.ctx) p.has_run)
       (=> (and (= #b10 p.ctx) (not a!26))
           (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd))))))))))))
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
      (a!7 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!9 (bvnot (ite (bvugt p.pmu_version #x01)
                       (bvor #x4000000000000000
                             #x8000000000000000
                             (ite cfg.host_pt_host_guest
                                  #x0080000000000000
                                  #x0000000000000000))
                       #x0000000000000000)))
      (a!10 (=> (bvugt p.pmu_version #x01)
                (and (= #x0000000000000000
                        (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))
                     (= #x0000000000000000
                        (bvand p.pmu_global_status p.global_status_rsvd)))))
      (a!11 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!12 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!13 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!14 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!20 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!21 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!22 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!23 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!24 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
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
      (a!8 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!7))
      (a!16 (and a!12
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!17 (and a!13
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!18 (and a!14
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (and a!15
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!25 (or a!24
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not (bvugt p.pmu_version #x01)))))
(let ((a!26 (ite (= #x0000038f #x0000038e)
                 a!25
                 (ite (= #x0000038f #x0000038f)
                      a!25
                      (ite (= #x0000038f #x00000390) a!25 true)))))
(let ((a!27 (ite (= #x0000038f #x0000030a)
                 (not a!21)
                 (ite (= #x0000038f #x0000030b)
                      (not a!22)
                      (ite (= #x0000038f #x0000030c) (not a!23) a!26)))))
(let ((a!28 (ite (= #x0000038f #x000004c3)
                 (not a!18)
                 (ite (= #x0000038f #x000004c4)
                      (not a!19)
                      (ite (= #x0000038f #x00000309) (not a!20) a!27)))))
(let ((a!29 (ite (= #x0000038f #x000000c4)
                 (not a!15)
                 (ite (= #x0000038f #x000004c1)
                      (not a!16)
                      (ite (= #x0000038f #x000004c2) (not a!17) a!28)))))
(let ((a!30 (ite (= #x0000038f #x000000c1)
                 (not a!12)
                 (ite (= #x0000038f #x000000c2)
                      (not a!13)
                      (ite (= #x0000038f #x000000c3) (not a!14) a!29)))))
(let ((a!31 (and (bvule p.nr_gp cfg.host_nr_gp)
                 (bvule p.nr_fixed cfg.host_nr_fixed)
                 (bvule p.nr_fixed #x03)
                 (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
                 a!6
                 (ite (bvugt p.pmu_version #x01)
                      (= p.global_ctrl_rsvd (bvnot a!8))
                      (= #xffffffffffffffff p.global_ctrl_rsvd))
                 (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!9))
                 (= #b1 ((_ extract 21 21) p.reserved_bits))
                 (= #x0000000000004444
                    (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444))
                 a!10
                 (=> a!11
                     (= #x0000000000000000
                        (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
                 (=> (and a!5 (bvugt p.pmu_version #x01))
                     (= #x0000000000000000
                        (bvand p.hw_global_status p.global_status_rsvd)))
                 (=> (= #b10 p.ctx) p.has_run)
                 (=> (and (= #b10 p.ctx) (not a!30))
                     (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd))))))
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
       (not a!31)))))))))))
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
      (a!7 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!9 (bvnot (ite (bvugt p.pmu_version #x01)
                       (bvor (bvor #x4000000000000000 #x8000000000000000)
                             (ite cfg.host_pt_host_guest
                                  #x0080000000000000
                                  #x0000000000000000))
                       #x0000000000000000)))
      (a!10 (=> (bvugt p.pmu_version #x01)
                (and (= #x0000000000000000
                        (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))
                     (= #x0000000000000000
                        (bvand p.pmu_global_status p.global_status_rsvd)))))
      (a!11 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!12 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!13 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!14 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!20 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!21 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!22 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!23 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!24 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!33 (and (= #x8 actp)
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
      (a!34 (and (= #x9 actp)
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
      (a!35 (and (or (and (bvuge inp.kvm_emulate_pmu_access.msr #x000000c1)
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
      (a!38 (or (and inp.kvm_set_config.set_perf_caps
                     (not (= inp.kvm_set_config.data p.perf_caps)))
                (and (not inp.kvm_set_config.set_perf_caps) (not p.has_run))))
      (a!39 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!40 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!41 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!42 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx)))))
      (a!44 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!48 (not (= #x01
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!49 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!77 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      |p.eventsel_hw[0]|
                      |p.hw_eventsel[0]|)
                 |p.hw_eventsel[0]|))
      (a!78 (ite (bvult #x00 p.nr_gp)
                 (ite (not (= #x0000000000000000 |p.eventsel_hw[0]|))
                      #x0000000000000000
                      |p.hw_eventsel[0]|)
                 |p.hw_eventsel[0]|))
      (a!82 (and (= #b11 p.pending)
                 (= #x00000345
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!83 (and (= #x0000038d
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (bvugt p.pmu_version #x01)))
      (a!84 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c5)))
      (a!85 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c5)))
      (a!87 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000018a)))
      (a!90 (bvult (bvsub (ite (= #b00 p.pending)
                               inp.kvm_emulate_pmu_access.msr
                               p.pending_index)
                          #x00000309)
                   ((_ zero_extend 24) p.nr_fixed)))
      (a!92 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 11) p.pending_index))
                    #b000000000000000000000)))
      (a!95 (not (= (ite (= p.pending #b00)
                         ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                         ((_ extract 31 9) p.pending_index))
                    #b00000000000000000000000)))
      (a!102 (or (= (ite (= p.pending #b00)
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
      (a!114 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.eventsel_hw[1]|
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!115 (ite (bvult #x01 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[1]|))
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!129 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.eventsel_hw[2]|
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!130 (ite (bvult #x02 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[2]|))
                       #x0000000000000000
                       |p.hw_eventsel[2]|)
                  |p.hw_eventsel[2]|))
      (a!144 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.eventsel_hw[3]|
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!145 (ite (bvult #x03 p.nr_gp)
                  (ite (not (= #x0000000000000000 |p.eventsel_hw[3]|))
                       #x0000000000000000
                       |p.hw_eventsel[3]|)
                  |p.hw_eventsel[3]|))
      (a!158 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.fixed_ctr_ctrl_hw
                  p.hw_fixed_ctr_ctrl))
      (a!159 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not (= #x0000000000000000 p.fixed_ctr_ctrl_hw))
                       #x0000000000000000
                       p.hw_fixed_ctr_ctrl)
                  p.hw_fixed_ctr_ctrl))
      (a!162 (bvor (bvnot p.fixed_ctr_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!220 (bvor (bvnot p.global_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!229 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_status
                  p.pmu_global_status))
      (a!230 (bvor (bvnot p.global_status_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!232 (bvand p.pmu_global_status
                    (bvnot (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.data
                                p.pending_data))))
      (a!241 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  #x0000000000000000
                  p.hw_global_ctrl))
      (a!242 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl
                  p.hw_global_ctrl))
      (a!243 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvsub inp.guest_wrmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                            (bvult inp.guest_wrmsr.msr #x0000018a))
                       (bvsub inp.guest_wrmsr.msr #x00000186)
                       (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!246 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!247 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!252 (not (= #x0000000000000000
                     (bvand p.pmu_global_status
                            (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!253 (not (= #x0000000000000000
                     (bvand p.hw_global_status
                            (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!254 (bvand p.hw_global_status
                    (bvnot (bvand p.hw_global_status
                                  (bvxor p.pmu_global_status p.hw_global_status)))))
      (a!257 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (bvand p.hw_global_status (bvnot p.hw_global_status))
                  p.hw_global_status))
      (a!258 (and (bvult #x03 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 35 35) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 12 12) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 13 13) p.hw_fixed_ctr_ctrl)))))
      (a!259 (and (bvult #x02 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 34 34) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 8 8) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 9 9) p.hw_fixed_ctr_ctrl)))))
      (a!260 (and (bvult #x01 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 33 33) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 4 4) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 5 5) p.hw_fixed_ctr_ctrl)))))
      (a!261 (and (bvult #x00 cfg.host_nr_fixed)
                  (= #b1 ((_ extract 32 32) p.hw_global_ctrl))
                  (or (= #b1 ((_ extract 0 0) p.hw_fixed_ctr_ctrl))
                      (= #b1 ((_ extract 1 1) p.hw_fixed_ctr_ctrl)))))
      (a!262 (ite (and (bvult #x00 cfg.host_nr_gp)
                       (= #b1 ((_ extract 0 0) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                  (ite (= #b1 ((_ extract 0 0) inp.guest_count.ovf))
                       (concat ((_ extract 63 1) p.hw_global_status)
                               (ite true #b1 #b0))
                       p.hw_global_status)
                  p.hw_global_status))
      (a!275 (bvnot (bvor (bvnot inp.guest_wrmsr.data)
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
      (a!8 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!7))
      (a!16 (and a!12
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!17 (and a!13
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!18 (and a!14
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (and a!15
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!25 (or a!24
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!36 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!35)))
      (a!43 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!40) #x0000000000000000) p.cpuid_pdcm a!41)
                 (or (not p.has_run) a!42)))
      (a!79 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 a!78
                 |p.hw_eventsel[0]|))
      (a!86 (and a!85
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!88 (ite a!87
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000186)
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000000c1)))
      (a!91 (and (bvuge (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x00000309)
                 (bvult (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x0000030d)
                 a!90))
      (a!93 (or a!92
                (bvule #b10011000001
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!94 (or a!92
                (bvule #b10011000101
                       (ite (= p.pending #b00)
                            ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 10 0) p.pending_index)))))
      (a!96 (or a!95
                (bvule #b110000110
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!97 (or a!95
                (bvule #b110001010
                       (ite (= p.pending #b00)
                            ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                            ((_ extract 8 0) p.pending_index)))))
      (a!103 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                 (not a!102)))
      (a!116 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!115
                  |p.hw_eventsel[1]|))
      (a!131 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!130
                  |p.hw_eventsel[2]|))
      (a!146 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!145
                  |p.hw_eventsel[3]|))
      (a!160 (ite (= #x1 actp)
                  a!158
                  (ite (= #x4 actp)
                       a!159
                       (ite (= #x5 actp)
                            hvp.host_perf_activity.18
                            p.hw_fixed_ctr_ctrl))))
      (a!188 (ite (and (= (bvnot a!40) #x0000000000000000) p.cpuid_pdcm a!41)
                  inp.kvm_set_config.data
                  p.perf_caps))
      (a!244 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                       (bvult inp.guest_wrmsr.msr #x000000c5))
                  (bvult a!243 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!245 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                       (bvult inp.guest_wrmsr.msr #x000004c5))
                  (bvult a!243 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!255 (ite a!252
                  (bvor (ite a!253 a!254 p.hw_global_status)
                        (bvand p.pmu_global_status
                               (bvxor p.pmu_global_status p.hw_global_status)))
                  (ite a!253 a!254 p.hw_global_status)))
      (a!263 (ite (= #b1 ((_ extract 1 1) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 2) a!262) (ite true #b1 #b0))
                          ((_ extract 0 0) a!262))
                  a!262))
      (a!276 (ite (= #x00000390 inp.guest_wrmsr.msr)
                  (ite (= a!275 #x0000000000000000)
                       (bvand p.hw_global_status (bvnot inp.guest_wrmsr.data))
                       p.hw_global_status)
                  p.hw_global_status)))
(let ((a!26 (ite (= #x0000038f #x00000390)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!37 (or (and (= #x0 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x1 actp) (and (= #b00 p.ctx) (= #b00 p.pending)))
                (and (= #x2 actp) (= #b01 p.ctx) (= #b00 p.pending))
                (and (= #x3 actp) (= #b10 p.ctx))
                (and (= #x4 actp) (= #b01 p.ctx))
                (and (= #x5 actp) (= #b00 p.ctx))
                (and (= #x6 actp) (= #b10 p.ctx))
                (and (= #x7 actp) (= #b10 p.ctx))
                a!33
                a!34
                a!36))
      (a!45 (ite (and (not p.has_run) a!43)
                 a!44
                 (ite (and (not p.has_run) a!43) #x00 p.nr_gp)))
      (a!50 (ite (and (not p.has_run) a!43)
                 a!49
                 (ite (and (not p.has_run) a!43) #x00 p.nr_fixed)))
      (a!54 (ite (and (not p.has_run) a!43)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!43) #x00 p.pmu_version)))
      (a!57 (or cfg.enable_vmware_backdoor
                a!25
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!58 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!65 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!80 (ite (= #x4 actp)
                 a!79
                 (ite (= #x5 actp)
                      (ite (bvult #x00 cfg.host_nr_gp)
                           hvp.host_perf_activity.7
                           |p.hw_eventsel[0]|)
                      |p.hw_eventsel[0]|)))
      (a!81 (ite a!38
                 (ite (and (not p.has_run) a!43)
                      #x0000000000000000
                      |p.eventsel_hw[0]|)
                 |p.eventsel_hw[0]|))
      (a!89 (ite a!85
                 (bvsub (ite (= #b00 p.pending)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index)
                        #x000004c1)
                 a!88))
      (a!98 (ite (and a!96 (not a!97))
                 (bvadd #xfffffe7a
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 (bvadd #xffffff3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))))
      (a!117 (ite (= #x4 actp)
                  a!116
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_gp)
                            hvp.host_perf_activity.9
                            |p.hw_eventsel[1]|)
                       |p.hw_eventsel[1]|)))
      (a!118 (ite a!38
                  (ite (and (not p.has_run) a!43)
                       #x0000000000000000
                       |p.eventsel_hw[1]|)
                  |p.eventsel_hw[1]|))
      (a!132 (ite (= #x4 actp)
                  a!131
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_gp)
                            hvp.host_perf_activity.11
                            |p.hw_eventsel[2]|)
                       |p.hw_eventsel[2]|)))
      (a!133 (ite a!38
                  (ite (and (not p.has_run) a!43)
                       #x0000000000000000
                       |p.eventsel_hw[2]|)
                  |p.eventsel_hw[2]|))
      (a!147 (ite (= #x4 actp)
                  a!146
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_gp)
                            hvp.host_perf_activity.13
                            |p.hw_eventsel[3]|)
                       |p.hw_eventsel[3]|)))
      (a!148 (ite a!38
                  (ite (and (not p.has_run) a!43)
                       #x0000000000000000
                       |p.eventsel_hw[3]|)
                  |p.eventsel_hw[3]|))
      (a!161 (ite a!38
                  (ite (and (not p.has_run) a!43)
                       #x0000000000000000
                       p.fixed_ctr_ctrl_hw)
                  p.fixed_ctr_ctrl_hw))
      (a!163 (ite (and (= (bvnot a!162) #x0000000000000000) a!103)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.fixed_ctr_ctrl_hw))
      (a!189 (ite (ite inp.kvm_set_config.set_perf_caps
                       p.cpuid_pdcm
                       (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                  (ite inp.kvm_set_config.set_perf_caps a!188 p.perf_caps)
                  #x0000000000000000))
      (a!191 (bvxor (ite (and (not p.has_run) a!43)
                         #xffffffff00200000
                         p.reserved_bits)
                    #x0000000100000000))
      (a!198 (bvand (ite (and (not p.has_run) a!43)
                         #xffffffffffffffff
                         p.fixed_ctr_ctrl_rsvd)
                    (bvnot (bvshl #x000000000000000b #x0000000000000000))))
      (a!221 (ite (and (= (bvnot a!220) #x0000000000000000) a!103)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.pmu_global_ctrl))
      (a!228 (ite a!38
                  (ite (and (not p.has_run) a!43)
                       #x0000000000000000
                       p.pmu_global_status)
                  p.pmu_global_status))
      (a!231 (ite (and (= (bvnot a!230) #x0000000000000000)
                       (= p.pending #b00)
                       a!103)
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  p.pmu_global_status))
      (a!233 (ite (and (= (bvnot a!230) #x0000000000000000) a!103)
                  a!232
                  p.pmu_global_status))
      (a!248 (ite a!245
                  p.hw_global_ctrl
                  (ite a!246
                       p.hw_global_ctrl
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!247 inp.guest_wrmsr.data p.hw_global_ctrl)
                            p.hw_global_ctrl))))
      (a!256 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  a!255
                  p.hw_global_status))
      (a!264 (ite (and (bvult #x01 cfg.host_nr_gp)
                       (= #b1 ((_ extract 1 1) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                  a!263
                  a!262))
      (a!277 (ite a!245
                  p.hw_global_status
                  (ite a!246
                       p.hw_global_status
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            p.hw_global_status
                            a!276))))
      (a!283 (ite (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_pdcm
                            (ite p.has_run p.cpuid_pdcm inp.kvm_set_config.pdcm))
                       p.cpuid_pdcm)
                  (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps a!188 p.perf_caps)
                       p.perf_caps)
                  #x0000000000000000)))
(let ((a!27 (ite (= #x0000038f #x0000038f)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 a!26))
      (a!46 (ite a!39 a!45 (ite (and (not p.has_run) a!43) #x00 p.nr_gp)))
      (a!51 (ite a!48 a!50 (ite (and (not p.has_run) a!43) #x00 p.nr_fixed)))
      (a!55 (ite cfg.vm_enable_pmu
                 a!54
                 (ite (and (not p.has_run) a!43) #x00 p.pmu_version)))
      (a!59 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 a!58))
      (a!66 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 a!65))
      (a!99 (ite (and a!93 (not a!94))
                 (bvadd #xfffffb3f
                        (ite (= p.pending #b00)
                             inp.kvm_emulate_pmu_access.msr
                             p.pending_index))
                 a!98))
      (a!164 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  (ite a!83 a!163 p.fixed_ctr_ctrl_hw)))
      (a!170 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!50))
                           #x0000000000000001)
                    #x0000000000000020))
      (a!190 (and (not (= #x0000000000000000 (bvand a!189 #x0000000000000f00)))
                  (not (= #x0000000000000000 (bvand a!189 #x0000000000004000)))))
      (a!192 (ite (and (not p.has_run) a!43)
                  a!191
                  (ite (and (not p.has_run) a!43)
                       #xffffffff00200000
                       p.reserved_bits)))
      (a!199 (ite (and (not p.has_run) a!43)
                  a!198
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd)))
      (a!215 (or (bvugt a!54 #x01)
                 (and cfg.enable_mediated_pmu (not (= #x00 a!54)))))
      (a!222 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!221
                  p.pmu_global_ctrl))
      (a!234 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not (= #b00 p.pending)) a!233 p.pmu_global_status)
                  p.pmu_global_status))
      (a!265 (ite (= #b1 ((_ extract 2 2) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 3) a!264) (ite true #b1 #b0))
                          ((_ extract 1 0) a!264))
                  a!264)))
(let ((a!28 (ite (= #x0000038f #x0000038e)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 a!27))
      (a!47 (ite cfg.vm_enable_pmu
                 a!46
                 (ite (and (not p.has_run) a!43) #x00 p.nr_gp)))
      (a!52 (ite a!39 a!51 (ite (and (not p.has_run) a!43) #x00 p.nr_fixed)))
      (a!60 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 a!59))
      (a!67 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!25 (not (bvugt p.pmu_version #x01)))
                 a!66))
      (a!75 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!38 a!55 p.pmu_version)
                         p.pmu_version))))
      (a!100 (ite (and (= a!99 #x00000002) p.raw_event_mask_txcp)
                  (concat (concat ((_ extract 63 34) p.reserved_bits) (bvnot ((_ extract
                             33
                             33)
                           p.reserved_bits))) ((_ extract 32 0) p.reserved_bits))
                  p.reserved_bits))
      (a!165 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!164))
      (a!169 (bvugt (ite (= #x0 actp)
                         (ite a!38 a!55 p.pmu_version)
                         p.pmu_version)
                    #x01))
      (a!171 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!45))
                          #x0000000000000001)
                   a!170))
      (a!193 (ite (and (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_tsx
                            (ite p.has_run p.cpuid_tsx inp.kvm_set_config.tsx))
                       cfg.host_tsx)
                  a!192
                  (ite (and (not p.has_run) a!43)
                       #xffffffff00200000
                       p.reserved_bits)))
      (a!200 (ite (bvult #x00 a!50)
                  a!199
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd)))
      (a!216 (ite (and (not p.has_run) a!43)
                  (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!46))
                         #x0000000000000001)
                  (ite (and (not p.has_run) a!43)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!223 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl
                  a!222))
      (a!235 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_status
                  a!234))
      (a!266 (ite (and (bvult #x02 cfg.host_nr_gp)
                       (= #b1 ((_ extract 2 2) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[2]|)))
                  a!265
                  a!264)))
(let ((a!29 (ite (= #x0000038f #x0000030a)
                 (not a!21)
                 (ite (= #x0000038f #x0000030b)
                      (not a!22)
                      (ite (= #x0000038f #x0000030c) (not a!23) a!28))))
      (a!53 (ite cfg.vm_enable_pmu
                 a!52
                 (ite (and (not p.has_run) a!43) #x00 p.nr_fixed)))
      (a!61 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!21)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!22)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!23) a!60))))
      (a!68 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!21)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!22)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!23) a!67))))
      (a!76 (bvult #x00 (ite (= #x0 actp) (ite a!38 a!47 p.nr_gp) p.nr_gp)))
      (a!101 (bvor (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))
                   (bvnot a!100)))
      (a!113 (bvult #x01 (ite (= #x0 actp) (ite a!38 a!47 p.nr_gp) p.nr_gp)))
      (a!128 (bvult #x02 (ite (= #x0 actp) (ite a!38 a!47 p.nr_gp) p.nr_gp)))
      (a!143 (bvult #x03 (ite (= #x0 actp) (ite a!38 a!47 p.nr_gp) p.nr_gp)))
      (a!166 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl_hw
                  a!165))
      (a!172 (ite (and (not p.has_run) a!43)
                  (bvnot a!171)
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!176 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!38 a!47 p.nr_gp) p.nr_gp))))
      (a!186 (bvnot (ite a!169
                         (bvor (bvor #x4000000000000000 #x8000000000000000)
                               (ite cfg.host_pt_host_guest
                                    #x0080000000000000
                                    #x0000000000000000))
                         #x0000000000000000)))
      (a!194 (ite a!190
                  (ite (and (not p.has_run) a!43)
                       (bvand a!193 (bvnot #x0000000400000000))
                       a!193)
                  a!193))
      (a!201 (ite (and (not p.has_run) a!43)
                  (bvand a!200
                         (bvnot (bvshl #x000000000000000b #x0000000000000004)))
                  a!200))
      (a!217 (ite (and (not (= #x00 a!46)) a!215)
                  a!216
                  (ite (and (not p.has_run) a!43)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!224 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!223
                  p.pmu_global_ctrl))
      (a!236 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!231
                  a!235))
      (a!267 (ite (= #b1 ((_ extract 3 3) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 4) a!266) (ite true #b1 #b0))
                          ((_ extract 2 0) a!266))
                  a!266))
      (a!292 (not (= (ite (= #x0 actp) (ite a!38 a!47 p.nr_gp) p.nr_gp)
                     cfg.host_nr_gp))))
(let ((a!30 (ite (= #x0000038f #x000004c3)
                 (not a!18)
                 (ite (= #x0000038f #x000004c4)
                      (not a!19)
                      (ite (= #x0000038f #x00000309) (not a!20) a!29))))
      (a!56 (=> (bvule (ite (= #x0 actp)
                            (ite a!38 a!55 p.pmu_version)
                            p.pmu_version)
                       #x01)
                (= #x00
                   (ite (= #x0 actp) (ite a!38 a!53 p.nr_fixed) p.nr_fixed))))
      (a!62 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!18)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!19)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!20) a!61))))
      (a!69 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!18)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!19)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!20) a!68))))
      (a!104 (ite (and (= (bvnot a!101) #x0000000000000000)
                       a!103
                       (= a!99 #x00000000))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[0]|))
      (a!119 (ite (and (= (bvnot a!101) #x0000000000000000)
                       a!103
                       (= a!99 #x00000001))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[1]|))
      (a!134 (ite (and (= (bvnot a!101) #x0000000000000000)
                       a!103
                       (= a!99 #x00000002))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[2]|))
      (a!149 (ite (and (= (bvnot a!101) #x0000000000000000)
                       a!103
                       (= a!99 #x00000003))
                  (ite (= #b00 p.pending)
                       inp.kvm_emulate_pmu_access.data
                       p.pending_data)
                  |p.eventsel_hw[3]|))
      (a!167 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!166
                  p.fixed_ctr_ctrl_hw))
      (a!173 (ite a!48
                  a!172
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!177 (bvshl #x0000000000000001
                    ((_ zero_extend 56)
                      (ite (= #x0 actp) (ite a!38 a!53 p.nr_fixed) p.nr_fixed))))
      (a!180 (bvand a!172
                    (bvnot (bvor (bvor #x4000000000000000 #x8000000000000000)
                                 #x0080000000000000))))
      (a!182 (ite (and (not p.has_run) a!43)
                  (bvand a!172
                         (bvnot (bvor #x4000000000000000 #x8000000000000000)))
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!195 (ite a!39
                  (ite a!48 a!194 a!193)
                  (ite (and (not p.has_run) a!43)
                       #xffffffff00200000
                       p.reserved_bits)))
      (a!202 (ite (and (not p.has_run) a!43)
                  (bvand (ite (bvult #x01 a!50) a!201 a!200)
                         (bvnot (bvshl #x000000000000000b #x0000000000000008)))
                  (ite (bvult #x01 a!50) a!201 a!200)))
      (a!218 (ite cfg.vm_enable_pmu
                  a!217
                  (ite (and (not p.has_run) a!43)
                       #x0000000000000000
                       p.pmu_global_ctrl)))
      (a!237 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!236
                  p.pmu_global_status))
      (a!268 (ite (and (bvult #x03 cfg.host_nr_gp)
                       (= #b1 ((_ extract 3 3) p.hw_global_ctrl))
                       (= #b1 ((_ extract 22 22) |p.hw_eventsel[3]|)))
                  a!267
                  a!266))
      (a!284 (not (and (and (and cfg.enable_mediated_pmu a!75) a!76)
                       (= #b1 ((_ extract 13 13) a!283)))))
      (a!285 (not (and (and (and cfg.enable_mediated_pmu a!75) a!113)
                       (= #b1 ((_ extract 13 13) a!283)))))
      (a!286 (not (and (and (and cfg.enable_mediated_pmu a!75) a!128)
                       (= #b1 ((_ extract 13 13) a!283)))))
      (a!287 (not (and (and (and cfg.enable_mediated_pmu a!75) a!143)
                       (= #b1 ((_ extract 13 13) a!283)))))
      (a!288 (and (and cfg.enable_mediated_pmu a!75)
                  (bvult #x00
                         (ite (= #x0 actp)
                              (ite a!38 a!53 p.nr_fixed)
                              p.nr_fixed))))
      (a!289 (and (and cfg.enable_mediated_pmu a!75)
                  (bvult #x01
                         (ite (= #x0 actp)
                              (ite a!38 a!53 p.nr_fixed)
                              p.nr_fixed))))
      (a!290 (and (and cfg.enable_mediated_pmu a!75)
                  (bvult #x02
                         (ite (= #x0 actp)
                              (ite a!38 a!53 p.nr_fixed)
                              p.nr_fixed))))
      (a!291 (and (and cfg.enable_mediated_pmu a!75)
                  (bvult #x03
                         (ite (= #x0 actp)
                              (ite a!38 a!53 p.nr_fixed)
                              p.nr_fixed))))
      (a!293 (not (= (ite (= #x0 actp) (ite a!38 a!53 p.nr_fixed) p.nr_fixed)
                     cfg.host_nr_fixed))))
(let ((a!31 (ite (= #x0000038f #x000000c4)
                 (not a!15)
                 (ite (= #x0000038f #x000004c1)
                      (not a!16)
                      (ite (= #x0000038f #x000004c2) (not a!17) a!30))))
      (a!63 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!15)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!16)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!17) a!62))))
      (a!70 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!15)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!16)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!17) a!69))))
      (a!105 (ite (and a!87 (bvult a!89 ((_ zero_extend 24) p.nr_gp)))
                  a!104
                  |p.eventsel_hw[0]|))
      (a!120 (ite (and a!87 (bvult a!89 ((_ zero_extend 24) p.nr_gp)))
                  a!119
                  |p.eventsel_hw[1]|))
      (a!135 (ite (and a!87 (bvult a!89 ((_ zero_extend 24) p.nr_gp)))
                  a!134
                  |p.eventsel_hw[2]|))
      (a!150 (ite (and a!87 (bvult a!89 ((_ zero_extend 24) p.nr_gp)))
                  a!149
                  |p.eventsel_hw[3]|))
      (a!168 (ite (= #x0 actp)
                  a!161
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.fixed_ctr_ctrl_hw
                            (ite a!82 p.fixed_ctr_ctrl_hw a!167))
                       p.fixed_ctr_ctrl_hw)))
      (a!174 (ite a!39
                  a!173
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!178 (bvnot (bvor (bvsub a!176 #x0000000000000001)
                          (bvshl (bvsub a!177 #x0000000000000001)
                                 #x0000000000000020))))
      (a!181 (ite (and (not p.has_run) a!43)
                  a!180
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!196 (ite cfg.vm_enable_pmu
                  a!195
                  (ite (and (not p.has_run) a!43)
                       #xffffffff00200000
                       p.reserved_bits)))
      (a!203 (ite (bvult #x02 a!50) a!202 (ite (bvult #x01 a!50) a!201 a!200)))
      (a!238 (ite (= #x4 actp)
                  a!229
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_status
                            (ite a!82 p.pmu_global_status a!237))
                       p.pmu_global_status)))
      (a!269 (ite (= #b1 ((_ extract 32 32) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 33) a!268) (ite true #b1 #b0))
                          ((_ extract 31 0) a!268))
                  a!268))
      (a!294 (ite (= #x0000038f #x00000390)
                  (or (not (and cfg.enable_mediated_pmu a!75))
                      a!292
                      a!293
                      (not a!169))
                  true)))
(let ((a!32 (ite (= #x0000038f #x000000c1)
                 (not a!12)
                 (ite (= #x0000038f #x000000c2)
                      (not a!13)
                      (ite (= #x0000038f #x000000c3) (not a!14) a!31))))
      (a!64 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!12)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!13)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!14) a!63))))
      (a!71 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!12)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!13)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!14) a!70))))
      (a!106 (ite (and (or a!84 a!86) (bvult a!89 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[0]|
                  (ite a!91 |p.eventsel_hw[0]| a!105)))
      (a!121 (ite (and (or a!84 a!86) (bvult a!89 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[1]|
                  (ite a!91 |p.eventsel_hw[1]| a!120)))
      (a!136 (ite (and (or a!84 a!86) (bvult a!89 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[2]|
                  (ite a!91 |p.eventsel_hw[2]| a!135)))
      (a!151 (ite (and (or a!84 a!86) (bvult a!89 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel_hw[3]|
                  (ite a!91 |p.eventsel_hw[3]| a!150)))
      (a!175 (ite cfg.vm_enable_pmu
                  a!174
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_ctrl_rsvd)))
      (a!183 (ite a!48
                  (ite cfg.host_pt_host_guest a!181 a!182)
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!197 (= #b1
                ((_ extract 21 21)
                  (ite (= #x0 actp)
                       (ite a!38 a!196 p.reserved_bits)
                       p.reserved_bits))))
      (a!204 (ite (and (not p.has_run) a!43)
                  (bvand a!203
                         (bvnot (bvshl #x000000000000000b #x000000000000000c)))
                  a!203))
      (a!270 (concat (concat ((_ extract 63 34) (ite a!261 a!269 a!268))
                             (ite true #b1 #b0))
                     ((_ extract 32 0) (ite a!261 a!269 a!268))))
      (a!295 (ite (= #x0000038f #x0000038f)
                  (or (not (and cfg.enable_mediated_pmu a!75))
                      a!292
                      a!293
                      (not a!169))
                  a!294)))
(let ((a!72 (ite (= #x7 actp)
                 (ite a!57 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!64 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!71 #b01 p.ctx) p.ctx))))
      (a!107 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[0]|
                  (ite a!83 |p.eventsel_hw[0]| a!106)))
      (a!122 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  (ite a!83 |p.eventsel_hw[1]| a!121)))
      (a!137 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  (ite a!83 |p.eventsel_hw[2]| a!136)))
      (a!152 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  (ite a!83 |p.eventsel_hw[3]| a!151)))
      (a!179 (ite a!169
                  (= (ite (= #x0 actp)
                          (ite a!38 a!175 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd)
                     a!178)
                  (= #xffffffffffffffff
                     (ite (= #x0 actp)
                          (ite a!38 a!175 p.global_ctrl_rsvd)
                          p.global_ctrl_rsvd))))
      (a!184 (ite a!39
                  a!183
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!205 (ite (and (not p.has_run) a!43)
                  (bvand (ite (bvult #x03 a!50) a!204 a!203)
                         (bvnot (bvshl #x0000000100000000 #x0000000000000000)))
                  (ite (bvult #x03 a!50) a!204 a!203)))
      (a!219 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!32) p.hw_global_ctrl p.pmu_global_ctrl)
                  p.pmu_global_ctrl))
      (a!249 (ite (= #x8 actp)
                  (ite a!64 a!241 p.hw_global_ctrl)
                  (ite (= #x9 actp)
                       (ite a!71 a!241 (ite a!244 p.hw_global_ctrl a!248))
                       p.hw_global_ctrl)))
      (a!271 (ite a!260
                  (ite (= #b1 ((_ extract 33 33) inp.guest_count.ovf))
                       a!270
                       (ite a!261 a!269 a!268))
                  (ite a!261 a!269 a!268)))
      (a!296 (ite (= #x0000038f #x0000038e)
                  (or (not (and cfg.enable_mediated_pmu a!75))
                      a!292
                      a!293
                      (not a!169))
                  a!295))
      (a!304 (= cfg.hw_global_ctrl_valid
                (bvnot (ite (= #x0 actp)
                            (ite a!38 a!175 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd)))))
(let ((a!73 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!72))))
      (a!108 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[0]|
                  a!107))
      (a!123 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  a!122))
      (a!138 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  a!137))
      (a!153 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!152))
      (a!185 (ite cfg.vm_enable_pmu
                  a!184
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.global_status_rsvd)))
      (a!206 (ite (bvult #x00 a!50) a!205 (ite (bvult #x03 a!50) a!204 a!203)))
      (a!225 (ite (= #x9 actp)
                  (ite a!71 a!219 p.pmu_global_ctrl)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl
                            (ite a!82 p.pmu_global_ctrl a!224))
                       p.pmu_global_ctrl)))
      (a!250 (ite (= #x3 actp)
                  a!241
                  (ite (= #x5 actp)
                       hvp.host_perf_activity.19
                       (ite (= #x7 actp)
                            (ite a!57 a!241 p.hw_global_ctrl)
                            a!249))))
      (a!272 (ite (= #b1 ((_ extract 34 34) inp.guest_count.ovf))
                  (concat (concat ((_ extract 63 35) a!271) (ite true #b1 #b0))
                          ((_ extract 33 0) a!271))
                  a!271))
      (a!297 (ite (= #x0000038f #x0000030a)
                  (not a!289)
                  (ite (= #x0000038f #x0000030b)
                       (not a!290)
                       (ite (= #x0000038f #x0000030c) (not a!291) a!296)))))
(let ((a!74 (not (= #b00 (ite (= #x1 actp) #b01 a!73))))
      (a!109 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[0]|
                  a!108))
      (a!124 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[1]|
                  a!123))
      (a!139 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[2]|
                  a!138))
      (a!154 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel_hw[3]|
                  a!153))
      (a!187 (= (ite (= #x0 actp)
                     (ite a!38 a!185 p.global_status_rsvd)
                     p.global_status_rsvd)
                (bvand (ite (= #x0 actp)
                            (ite a!38 a!175 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd)
                       a!186)))
      (a!207 (ite (and (not p.has_run) a!43)
                  (bvand a!206
                         (bvnot (bvshl #x0000000100000000 #x0000000000000004)))
                  a!206))
      (a!226 (ite (= #x3 actp)
                  a!219
                  (ite (= #x7 actp)
                       (ite a!57 a!219 p.pmu_global_ctrl)
                       (ite (= #x8 actp)
                            (ite a!64 a!219 p.pmu_global_ctrl)
                            a!225))))
      (a!239 (= #x0000000000000000
                (bvand (ite (= #x0 actp) a!228 a!238)
                       (ite (= #x0 actp)
                            (ite a!38 a!185 p.global_status_rsvd)
                            p.global_status_rsvd))))
      (a!240 (and (= #b10 (ite (= #x1 actp) #b01 a!73))
                  (and cfg.enable_mediated_pmu a!75)
                  a!169))
      (a!251 (bvand (ite (= #x1 actp) a!241 (ite (= #x2 actp) a!242 a!250))
                    (ite (= #x0 actp)
                         (ite a!38 a!175 p.global_ctrl_rsvd)
                         p.global_ctrl_rsvd)))
      (a!273 (concat (concat ((_ extract 63 36) (ite a!259 a!272 a!271))
                             (ite true #b1 #b0))
                     ((_ extract 34 0) (ite a!259 a!272 a!271))))
      (a!282 (=> (= #b10 (ite (= #x1 actp) #b01 a!73))
                 (ite (= #x2 actp) true p.has_run)))
      (a!298 (ite (= #x0000038f #x000004c3)
                  a!286
                  (ite (= #x0000038f #x000004c4)
                       a!287
                       (ite (= #x0000038f #x00000309) (not a!288) a!297)))))
(let ((a!110 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!109
                  |p.eventsel_hw[0]|))
      (a!125 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!124
                  |p.eventsel_hw[1]|))
      (a!140 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!139
                  |p.eventsel_hw[2]|))
      (a!155 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!154
                  |p.eventsel_hw[3]|))
      (a!208 (ite (and (not p.has_run) a!43)
                  (bvand (ite (bvult #x01 a!50) a!207 a!206)
                         (bvnot (bvshl #x0000000100000000 #x0000000000000008)))
                  (ite (bvult #x01 a!50) a!207 a!206)))
      (a!227 (= #x0000000000000000
                (bvand (ite (= #x0 actp)
                            (ite a!38 a!218 p.pmu_global_ctrl)
                            a!226)
                       (ite (= #x0 actp)
                            (ite a!38 a!175 p.global_ctrl_rsvd)
                            p.global_ctrl_rsvd))))
      (a!274 (ite a!258
                  (ite (= #b1 ((_ extract 35 35) inp.guest_count.ovf))
                       a!273
                       (ite a!259 a!272 a!271))
                  (ite a!259 a!272 a!271)))
      (a!299 (ite (= #x0000038f #x000000c4)
                  (not (and (and cfg.enable_mediated_pmu a!75) a!143))
                  (ite (= #x0000038f #x000004c1)
                       a!284
                       (ite (= #x0000038f #x000004c2) a!285 a!298)))))
(let ((a!111 (ite (= #x0 actp)
                  a!81
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[0]|
                            (ite a!82 |p.eventsel_hw[0]| a!110))
                       |p.eventsel_hw[0]|)))
      (a!126 (ite (= #x0 actp)
                  a!118
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[1]|
                            (ite a!82 |p.eventsel_hw[1]| a!125))
                       |p.eventsel_hw[1]|)))
      (a!141 (ite (= #x0 actp)
                  a!133
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[2]|
                            (ite a!82 |p.eventsel_hw[2]| a!140))
                       |p.eventsel_hw[2]|)))
      (a!156 (ite (= #x0 actp)
                  a!148
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel_hw[3]|
                            (ite a!82 |p.eventsel_hw[3]| a!155))
                       |p.eventsel_hw[3]|)))
      (a!209 (ite (bvult #x02 a!50) a!208 (ite (bvult #x01 a!50) a!207 a!206)))
      (a!278 (ite (= #x6 actp)
                  a!274
                  (ite (= #x9 actp)
                       (ite a!71
                            p.hw_global_status
                            (ite a!244 p.hw_global_status a!277))
                       p.hw_global_status)))
      (a!300 (ite (= #x0000038f #x000000c3)
                  (not (and (and cfg.enable_mediated_pmu a!75) a!128))
                  a!299)))
(let ((a!112 (=> a!76 (= (ite (= #x1 actp) a!77 a!80) a!111)))
      (a!127 (=> a!113 (= (ite (= #x1 actp) a!114 a!117) a!126)))
      (a!142 (=> a!128 (= (ite (= #x1 actp) a!129 a!132) a!141)))
      (a!157 (=> a!143 (= (ite (= #x1 actp) a!144 a!147) a!156)))
      (a!210 (ite (and (not p.has_run) a!43)
                  (bvand a!209
                         (bvnot (bvshl #x0000000100000000 #x000000000000000c)))
                  a!209))
      (a!279 (ite (= #x1 actp)
                  a!256
                  (ite (= #x4 actp)
                       a!257
                       (ite (= #x5 actp) hvp.host_perf_activity.20 a!278))))
      (a!301 (ite (= #x0000038f #x000000c2)
                  (not (and (and cfg.enable_mediated_pmu a!75) a!113))
                  a!300)))
(let ((a!211 (ite a!48
                  (ite a!190
                       (ite (bvult #x03 a!50) a!210 a!209)
                       (ite (bvult #x03 a!50) a!204 a!203))
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd)))
      (a!280 (= #x0000000000000000
                (bvand a!279
                       (ite (= #x0 actp)
                            (ite a!38 a!185 p.global_status_rsvd)
                            p.global_status_rsvd))))
      (a!302 (ite (= #x0000038f #x000000c1)
                  (not (and (and cfg.enable_mediated_pmu a!75) a!76))
                  a!301)))
(let ((a!212 (ite a!39
                  a!211
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd)))
      (a!281 (=> (and (and a!74 (and cfg.enable_mediated_pmu a!75)) a!169)
                 a!280))
      (a!303 (and (= #b10 (ite (= #x1 actp) #b01 a!73)) (not a!302))))
(let ((a!213 (ite cfg.vm_enable_pmu
                  a!212
                  (ite (and (not p.has_run) a!43)
                       #xffffffffffffffff
                       p.fixed_ctr_ctrl_rsvd))))
(let ((a!214 (= #x0000000000004444
                (bvand (ite (= #x0 actp)
                            (ite a!38 a!213 p.fixed_ctr_ctrl_rsvd)
                            p.fixed_ctr_ctrl_rsvd)
                       #x0000000000004444))))
(let ((a!305 (and (bvule (ite (= #x0 actp) (ite a!38 a!47 p.nr_gp) p.nr_gp)
                         cfg.host_nr_gp)
                  (bvule (ite (= #x0 actp)
                              (ite a!38 a!53 p.nr_fixed)
                              p.nr_fixed)
                         cfg.host_nr_fixed)
                  (bvule (ite (= #x0 actp)
                              (ite a!38 a!53 p.nr_fixed)
                              p.nr_fixed)
                         #x03)
                  a!56
                  (=> (and a!74 (and cfg.enable_mediated_pmu a!75))
                      (and a!112 a!127 a!142 a!157 (= a!160 a!168)))
                  a!179
                  a!187
                  a!197
                  a!214
                  (=> a!169 (and a!227 a!239))
                  (=> a!240 (= #x0000000000000000 a!251))
                  a!281
                  a!282
                  (=> a!303 a!304))))
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
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!6
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!8))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!9))
       (= #b1 ((_ extract 21 21) p.reserved_bits))
       (= #x0000000000004444 (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444))
       a!10
       (=> a!11
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> (and a!5 (bvugt p.pmu_version #x01))
           (= #x0000000000000000
              (bvand p.hw_global_status p.global_status_rsvd)))
       (=> (= #b10 p.ctx) p.has_run)
       (=> (and (= #b10 p.ctx) (not a!32))
           (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd)))
       a!37
       (bvult actp #xb)
       (not a!305)))))))))))))))))))))))
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
      (a!7 (bvshl (bvsub (bvshl #x0000000000000001
                                ((_ zero_extend 56) p.nr_fixed))
                         #x0000000000000001)
                  #x0000000000000020))
      (a!9 (bvnot (ite (bvugt p.pmu_version #x01)
                       (bvor #x4000000000000000
                             #x8000000000000000
                             (ite cfg.host_pt_host_guest
                                  #x0080000000000000
                                  #x0000000000000000))
                       #x0000000000000000)))
      (a!10 (=> (bvugt p.pmu_version #x01)
                (and (= #x0000000000000000
                        (bvand p.pmu_global_ctrl p.global_ctrl_rsvd))
                     (= #x0000000000000000
                        (bvand p.pmu_global_status p.global_status_rsvd)))))
      (a!11 (and (= #b10 p.ctx)
                 (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvugt p.pmu_version #x01)))
      (a!12 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!13 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!14 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!15 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!20 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!21 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!22 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!23 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!24 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
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
      (a!8 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp))
                        #x0000000000000001)
                 a!7))
      (a!16 (and a!12
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!17 (and a!13
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!18 (and a!14
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!19 (and a!15
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!25 (or a!24
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))
                (not (bvugt p.pmu_version #x01)))))
(let ((a!26 (ite (= #x0000038f #x0000038e)
                 a!25
                 (ite (= #x0000038f #x0000038f)
                      a!25
                      (ite (= #x0000038f #x00000390) a!25 true)))))
(let ((a!27 (ite (= #x0000038f #x0000030a)
                 (not a!21)
                 (ite (= #x0000038f #x0000030b)
                      (not a!22)
                      (ite (= #x0000038f #x0000030c) (not a!23) a!26)))))
(let ((a!28 (ite (= #x0000038f #x000004c3)
                 (not a!18)
                 (ite (= #x0000038f #x000004c4)
                      (not a!19)
                      (ite (= #x0000038f #x00000309) (not a!20) a!27)))))
(let ((a!29 (ite (= #x0000038f #x000000c4)
                 (not a!15)
                 (ite (= #x0000038f #x000004c1)
                      (not a!16)
                      (ite (= #x0000038f #x000004c2) (not a!17) a!28)))))
(let ((a!30 (ite (= #x0000038f #x000000c1)
                 (not a!12)
                 (ite (= #x0000038f #x000000c2)
                      (not a!13)
                      (ite (= #x0000038f #x000000c3) (not a!14) a!29)))))
(let ((a!31 (=> (and (= #b10 p.ctx) (not a!30))
                (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd)))))
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
       (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed))
       a!6
       (ite (bvugt p.pmu_version #x01)
            (= p.global_ctrl_rsvd (bvnot a!8))
            (= #xffffffffffffffff p.global_ctrl_rsvd))
       (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!9))
       (= #b1 ((_ extract 21 21) p.reserved_bits))
       (= #x0000000000004444 (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444))
       a!10
       (=> a!11
           (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd)))
       (=> (and a!5 (bvugt p.pmu_version #x01))
           (= #x0000000000000000
              (bvand p.hw_global_status p.global_status_rsvd)))
       (=> (= #b10 p.ctx) p.has_run)
       a!31
       (not a!31)))))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_status |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_status p.ctx p.pending p.pending_index p.pending_data
; invariant: (let ((a!1 (and (not (= #b00 p.ctx)) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (a!3 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_fixed)) #x0000000000000001) #x0000000000000020)) (a!5 (bvnot (ite (bvugt p.pmu_version #x01) (bvor #x4000000000000000 #x8000000000000000 (ite cfg.host_pt_host_guest #x0080000000000000 #x0000000000000000)) #x0000000000000000))) (a!6 (=> (bvugt p.pmu_version #x01) (and (= #x0000000000000000 (bvand p.pmu_global_ctrl p.global_ctrl_rsvd)) (= #x0000000000000000 (bvand p.pmu_global_status p.global_status_rsvd))))) (a!7 (and (= #b10 p.ctx) (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvugt p.pmu_version #x01))) (a!8 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x00 p.nr_gp))) (a!9 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x01 p.nr_gp))) (a!10 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x02 p.nr_gp))) (a!11 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x03 p.nr_gp))) (a!16 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x00 p.nr_fixed))) (a!17 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x01 p.nr_fixed))) (a!18 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x02 p.nr_fixed))) (a!19 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))) (bvult #x03 p.nr_fixed))) (a!20 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))) (let ((a!2 (=> a!1 (and (=> (bvult #x00 p.nr_gp) (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|)) (=> (bvult #x01 p.nr_gp) (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|)) (=> (bvult #x02 p.nr_gp) (= |p.hw_eventsel[2]| |p.eventsel_hw[2]|)) (=> (bvult #x03 p.nr_gp) (= |p.hw_eventsel[3]| |p.eventsel_hw[3]|)) (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))) (a!4 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) p.nr_gp)) #x0000000000000001) a!3)) (a!12 (and a!8 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!13 (and a!9 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!14 (and a!10 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!15 (and a!11 (= #b1 ((_ extract 13 13) (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))) (a!21 (or a!20 (not (= p.nr_gp cfg.host_nr_gp)) (not (= p.nr_fixed cfg.host_nr_fixed)) (not (bvugt p.pmu_version #x01))))) (let ((a!22 (ite (= #x0000038f #x0000038e) a!21 (ite (= #x0000038f #x0000038f) a!21 (ite (= #x0000038f #x00000390) a!21 true))))) (let ((a!23 (ite (= #x0000038f #x0000030a) (not a!17) (ite (= #x0000038f #x0000030b) (not a!18) (ite (= #x0000038f #x0000030c) (not a!19) a!22))))) (let ((a!24 (ite (= #x0000038f #x000004c3) (not a!14) (ite (= #x0000038f #x000004c4) (not a!15) (ite (= #x0000038f #x00000309) (not a!16) a!23))))) (let ((a!25 (ite (= #x0000038f #x000000c4) (not a!11) (ite (= #x0000038f #x000004c1) (not a!12) (ite (= #x0000038f #x000004c2) (not a!13) a!24))))) (let ((a!26 (ite (= #x0000038f #x000000c1) (not a!8) (ite (= #x0000038f #x000000c2) (not a!9) (ite (= #x0000038f #x000000c3) (not a!10) a!25))))) (and (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x03) (=> (bvule p.pmu_version #x01) (= #x00 p.nr_fixed)) a!2 (ite (bvugt p.pmu_version #x01) (= p.global_ctrl_rsvd (bvnot a!4)) (= #xffffffffffffffff p.global_ctrl_rsvd)) (= p.global_status_rsvd (bvand p.global_ctrl_rsvd a!5)) (= #b1 ((_ extract 21 21) p.reserved_bits)) (= #x0000000000004444 (bvand p.fixed_ctr_ctrl_rsvd #x0000000000004444)) a!6 (=> a!7 (= #x0000000000000000 (bvand p.hw_global_ctrl p.global_ctrl_rsvd))) (=> (and a!1 (bvugt p.pmu_version #x01)) (= #x0000000000000000 (bvand p.hw_global_status p.global_status_rsvd))) (=> (= #b10 p.ctx) p.has_run) (=> (and (= #b10 p.ctx) (not a!26)) (= cfg.hw_global_ctrl_valid (bvnot p.global_ctrl_rsvd)))))))))))
; trigger: reached at depth 3
