; vpmu-formal-certificate-1
; spec: mediated_isolation
; property: p1_p2_no_host_data_to_guest
; key: 10425be8462569cfe6bffdbfee90e64cb6761cd6133e1615f1f4e414a2e3dc7d
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.__observed_p1_p2_no_host_data_to_guest () Bool)
(declare-fun p.pending_data@host () Bool)
(declare-fun p.pending_index@host () Bool)
(declare-fun p.pending@host () Bool)
(declare-fun p.msr_data@host () Bool)
(declare-fun p.pmu_global_status@host () Bool)
(declare-fun p.pmu_global_ctrl@host () Bool)
(declare-fun p.fixed_ctr_ctrl@host () Bool)
(declare-fun |p.pmu_fixed_counter[3]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[2]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[1]@host| () Bool)
(declare-fun |p.pmu_fixed_counter[0]@host| () Bool)
(declare-fun |p.eventsel[3]@host| () Bool)
(declare-fun |p.eventsel[2]@host| () Bool)
(declare-fun |p.eventsel[1]@host| () Bool)
(declare-fun |p.eventsel[0]@host| () Bool)
(declare-fun |p.pmu_gp_counter[3]@host| () Bool)
(declare-fun |p.pmu_gp_counter[2]@host| () Bool)
(declare-fun |p.pmu_gp_counter[1]@host| () Bool)
(declare-fun |p.pmu_gp_counter[0]@host| () Bool)
(declare-fun p.fixed_counter_bitmask@host () Bool)
(declare-fun p.gp_counter_bitmask@host () Bool)
(declare-fun p.nr_gp@host () Bool)
(declare-fun p.perf_caps@host () Bool)
(declare-fun p.cpuid_fixed_width@host () Bool)
(declare-fun p.cpuid_gp_width@host () Bool)
(declare-fun p.cpuid_nr_gp@host () Bool)
(declare-fun p.hw_global_status@host () Bool)
(declare-fun p.hw_global_ctrl@host () Bool)
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun |p.hw_fixed_ctr[3]@host| () Bool)
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun |p.hw_fixed_ctr[2]@host| () Bool)
(declare-fun |p.hw_fixed_ctr[1]@host| () Bool)
(declare-fun |p.hw_fixed_ctr[0]@host| () Bool)
(declare-fun |p.hw_gp_ctr[3]@host| () Bool)
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun |p.hw_gp_ctr[2]@host| () Bool)
(declare-fun |p.hw_gp_ctr[1]@host| () Bool)
(declare-fun |p.hw_gp_ctr[0]@host| () Bool)
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.pmu_global_ctrl () (_ BitVec 64))
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun |p.eventsel_hw[3]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[2]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun p.hw_perf_metrics@host () Bool)
(declare-fun p.global_status_rsvd () (_ BitVec 64))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
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
(declare-fun p.has_run () Bool)
(declare-fun cfg.vm_enable_pmu () Bool)
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun cfg.hw_global_ctrl_valid () (_ BitVec 64))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_fixed_mask () (_ BitVec 64))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_gp_mask () (_ BitVec 64))
(declare-fun inp.kvm_emulate_pmu_access.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.host_write () Bool)
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun inp.guest_rdpmc.ecx () (_ BitVec 32))
(declare-fun inp.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun inp.kvm_emulate_pmu_access.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.pdcm () Bool)
(declare-fun inp.kvm_set_config.fixed_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.fixed () (_ BitVec 8))
(declare-fun inp.kvm_set_config.tsx () Bool)
(declare-fun inp.kvm_set_config.gp () (_ BitVec 8))
(declare-fun inp.kvm_set_config.version () (_ BitVec 8))
(declare-fun inp.kvm_set_config.gp_width () (_ BitVec 8))
(declare-fun inp.kvm_set_config.data () (_ BitVec 64))
(declare-fun inp.kvm_set_config.set_perf_caps () Bool)
(declare-fun inp.guest_wrmsr.data () (_ BitVec 64))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.vm_enable_pmu Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (cfg.host_tsx Bool) (cfg.host_pt_host_guest Bool) (cfg.host_perf_cap_legacy (_ BitVec 64)) (cfg.host_gp_mask (_ BitVec 64)) (cfg.host_fixed_mask (_ BitVec 64)) (cfg.hw_global_ctrl_valid (_ BitVec 64)) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_nr_gp@host Bool) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_gp_width@host Bool) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_fixed_width@host Bool) (p.cpuid_pdcm Bool) (p.cpuid_tsx Bool) (p.perf_caps (_ BitVec 64)) (p.perf_caps@host Bool) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_gp@host Bool) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.gp_counter_bitmask@host Bool) (p.fixed_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask@host Bool) (p.reserved_bits (_ BitVec 64)) (p.raw_event_mask_txcp Bool) (p.fixed_ctr_ctrl_rsvd (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.global_status_rsvd (_ BitVec 64)) (|p.hw_gp_ctr[0]@host| Bool) (|p.hw_gp_ctr[1]@host| Bool) (|p.hw_gp_ctr[2]@host| Bool) (|p.hw_gp_ctr[3]@host| Bool) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (|p.hw_eventsel[2]| (_ BitVec 64)) (|p.hw_eventsel[3]| (_ BitVec 64)) (|p.hw_fixed_ctr[0]@host| Bool) (|p.hw_fixed_ctr[1]@host| Bool) (|p.hw_fixed_ctr[2]@host| Bool) (|p.hw_fixed_ctr[3]@host| Bool) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.hw_global_ctrl (_ BitVec 64)) (p.hw_global_ctrl@host Bool) (p.hw_global_status@host Bool) (p.hw_perf_metrics@host Bool) (|p.pmu_gp_counter[0]@host| Bool) (|p.pmu_gp_counter[1]@host| Bool) (|p.pmu_gp_counter[2]@host| Bool) (|p.pmu_gp_counter[3]@host| Bool) (|p.eventsel[0]@host| Bool) (|p.eventsel[1]@host| Bool) (|p.eventsel[2]@host| Bool) (|p.eventsel[3]@host| Bool) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (|p.eventsel_hw[2]| (_ BitVec 64)) (|p.eventsel_hw[3]| (_ BitVec 64)) (|p.pmu_fixed_counter[0]@host| Bool) (|p.pmu_fixed_counter[1]@host| Bool) (|p.pmu_fixed_counter[2]@host| Bool) (|p.pmu_fixed_counter[3]@host| Bool) (p.fixed_ctr_ctrl@host Bool) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (p.pmu_global_ctrl (_ BitVec 64)) (p.pmu_global_ctrl@host Bool) (p.pmu_global_status@host Bool) (p.msr_data@host Bool) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending@host Bool) (p.pending_index (_ BitVec 32)) (p.pending_index@host Bool) (p.pending_data (_ BitVec 64)) (p.pending_data@host Bool) (p.__observed_p1_p2_no_host_data_to_guest Bool)) Bool
  (let ((a!1 (and (not (= #b00 p.ctx))
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version)))))
(let ((a!2 (=> a!1
               (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|)))))
      (a!3 (=> a!1
               (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|))))))
  (and (bvule p.nr_gp cfg.host_nr_gp)
       (bvule p.nr_fixed cfg.host_nr_fixed)
       (bvule p.nr_fixed #x03)
       a!2
       a!3
       (=> a!1 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host)))
       (not p.cpuid_nr_gp@host)
       (not p.cpuid_gp_width@host)
       (not p.cpuid_fixed_width@host)
       (not p.perf_caps@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.eventsel[0]@host|)
       (not |p.eventsel[1]@host|)
       (not |p.eventsel[2]@host|)
       (not |p.eventsel[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.fixed_ctr_ctrl@host)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.msr_data@host)
       (not p.pending@host)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.__observed_p1_p2_no_host_data_to_guest)))))
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
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version)))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (=> a!5
               (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|)))))
      (a!7 (=> a!5
               (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|))))))
(let ((a!8 (and (bvule p.nr_gp cfg.host_nr_gp)
                (bvule p.nr_fixed cfg.host_nr_fixed)
                (bvule p.nr_fixed #x03)
                a!6
                a!7
                (=> a!5
                    (and (not p.hw_global_ctrl@host)
                         (not p.hw_global_status@host)))
                (not p.cpuid_nr_gp@host)
                (not p.cpuid_gp_width@host)
                (not p.cpuid_fixed_width@host)
                (not p.perf_caps@host)
                (not p.nr_gp@host)
                (not p.gp_counter_bitmask@host)
                (not p.fixed_counter_bitmask@host)
                (not |p.pmu_gp_counter[0]@host|)
                (not |p.pmu_gp_counter[1]@host|)
                (not |p.pmu_gp_counter[2]@host|)
                (not |p.pmu_gp_counter[3]@host|)
                (not |p.eventsel[0]@host|)
                (not |p.eventsel[1]@host|)
                (not |p.eventsel[2]@host|)
                (not |p.eventsel[3]@host|)
                (not |p.pmu_fixed_counter[0]@host|)
                (not |p.pmu_fixed_counter[1]@host|)
                (not |p.pmu_fixed_counter[2]@host|)
                (not |p.pmu_fixed_counter[3]@host|)
                (not p.fixed_ctr_ctrl@host)
                (not p.pmu_global_ctrl@host)
                (not p.pmu_global_status@host)
                (not p.msr_data@host)
                (not p.pending@host)
                (not p.pending_index@host)
                (not p.pending_data@host)
                (not p.__observed_p1_p2_no_host_data_to_guest))))
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
       (= p.cpuid_nr_gp@host false)
       (= #x00 p.cpuid_gp_width)
       (= p.cpuid_gp_width@host false)
       (= #x00 p.cpuid_nr_fixed)
       (= #x00 p.cpuid_fixed_width)
       (= p.cpuid_fixed_width@host false)
       (= p.cpuid_pdcm false)
       (= p.cpuid_tsx false)
       (= p.perf_caps
          (bvor #x0000000000002000
                (ite cfg.enable_mediated_pmu
                     #x0000000000000000
                     cfg.host_perf_cap_legacy)))
       (= p.perf_caps@host false)
       (= #x00 p.pmu_version)
       (= #x00 p.nr_gp)
       (= p.nr_gp@host false)
       (= #x00 p.nr_fixed)
       (= #x0000000000000000 p.gp_counter_bitmask)
       (= p.gp_counter_bitmask@host false)
       (= #x0000000000000000 p.fixed_counter_bitmask)
       (= p.fixed_counter_bitmask@host false)
       (= #xffffffff00200000 p.reserved_bits)
       (= p.raw_event_mask_txcp false)
       (= #xffffffffffffffff p.fixed_ctr_ctrl_rsvd)
       (= #xffffffffffffffff p.global_ctrl_rsvd)
       (= #xffffffffffffffff p.global_status_rsvd)
       (= |p.hw_gp_ctr[0]@host| true)
       (= |p.hw_gp_ctr[1]@host| true)
       (= |p.hw_gp_ctr[2]@host| true)
       (= |p.hw_gp_ctr[3]@host| true)
       (= |p.hw_fixed_ctr[0]@host| true)
       (= |p.hw_fixed_ctr[1]@host| true)
       (= |p.hw_fixed_ctr[2]@host| true)
       (= |p.hw_fixed_ctr[3]@host| true)
       (= p.hw_global_ctrl@host true)
       (= p.hw_global_status@host true)
       (= p.hw_perf_metrics@host true)
       (= |p.pmu_gp_counter[0]@host| false)
       (= |p.pmu_gp_counter[1]@host| false)
       (= |p.pmu_gp_counter[2]@host| false)
       (= |p.pmu_gp_counter[3]@host| false)
       (= |p.eventsel[0]@host| false)
       (= |p.eventsel[1]@host| false)
       (= |p.eventsel[2]@host| false)
       (= |p.eventsel[3]@host| false)
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 |p.eventsel_hw[2]|)
       (= #x0000000000000000 |p.eventsel_hw[3]|)
       (= |p.pmu_fixed_counter[0]@host| false)
       (= |p.pmu_fixed_counter[1]@host| false)
       (= |p.pmu_fixed_counter[2]@host| false)
       (= |p.pmu_fixed_counter[3]@host| false)
       (= p.fixed_ctr_ctrl@host false)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= #x0000000000000000 p.pmu_global_ctrl)
       (= p.pmu_global_ctrl@host false)
       (= p.pmu_global_status@host false)
       (= p.msr_data@host false)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= p.pending@host false)
       (= #x00000000 p.pending_index)
       (= p.pending_index@host false)
       (= #x0000000000000000 p.pending_data)
       (= p.pending_data@host false)
       (not p.__observed_p1_p2_no_host_data_to_guest)
       (not a!8))))))
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
      (a!8 (or (and (bvuge inp.guest_rdmsr.msr #x000000c1)
                    (bvult inp.guest_rdmsr.msr #x000000c5))
               (and (bvuge inp.guest_rdmsr.msr #x000004c1)
                    (bvult inp.guest_rdmsr.msr #x000004c5))))
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
      (a!15 (not (= #x00
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!16 (bvor (bvnot inp.kvm_set_config.data)
                  (concat (concat (ite cfg.enable_mediated_pmu
                       #b00000000000000000000000000000000000000000000000000
                       ((_ extract 63 14) cfg.host_perf_cap_legacy)) #b1) (ite cfg.enable_mediated_pmu
                       #b0000000000000
                       ((_ extract 12 0) cfg.host_perf_cap_legacy)))))
      (a!17 (not (and p.has_run (not (= inp.kvm_set_config.data p.perf_caps)))))
      (a!18 (not (or (not (= inp.kvm_set_config.gp_width p.cpuid_gp_width))
                     (not (= inp.kvm_set_config.version p.cpuid_version))
                     (not (= inp.kvm_set_config.gp p.cpuid_nr_gp))
                     (not (= inp.kvm_set_config.tsx p.cpuid_tsx))
                     (not (= inp.kvm_set_config.fixed p.cpuid_nr_fixed))
                     (not (= inp.kvm_set_config.fixed_width p.cpuid_fixed_width))
                     (not (= inp.kvm_set_config.pdcm p.cpuid_pdcm)))))
      (a!20 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
                             p.cpuid_nr_gp
                             (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_nr_gp
                      (ite p.has_run p.cpuid_nr_gp inp.kvm_set_config.gp))
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!24 (not (= #x01
                    (ite inp.kvm_set_config.set_perf_caps
                         p.cpuid_version
                         (ite p.has_run
                              p.cpuid_version
                              inp.kvm_set_config.version)))))
      (a!25 (ite (bvult (ite inp.kvm_set_config.set_perf_caps
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
      (a!30 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!33 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_gp)))
      (a!34 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_gp)))
      (a!35 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_gp)))
      (a!36 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_gp)))
      (a!41 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x00 p.nr_fixed)))
      (a!42 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x01 p.nr_fixed)))
      (a!43 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x02 p.nr_fixed)))
      (a!44 (and (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (bvult #x03 p.nr_fixed)))
      (a!65 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp)
                      |p.pmu_gp_counter[0]@host|
                      |p.hw_gp_ctr[0]@host|)
                 |p.hw_gp_ctr[0]@host|))
      (a!66 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_gp) false |p.hw_gp_ctr[0]@host|)
                 |p.hw_gp_ctr[0]@host|))
      (a!67 (ite (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                      (bvult inp.guest_wrmsr.msr #x000004c5))
                 (bvsub inp.guest_wrmsr.msr #x000004c1)
                 (ite (and (bvuge inp.guest_wrmsr.msr #x00000186)
                           (bvult inp.guest_wrmsr.msr #x0000018a))
                      (bvsub inp.guest_wrmsr.msr #x00000186)
                      (bvsub inp.guest_wrmsr.msr #x000000c1))))
      (a!69 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                        #b000000000000000000000))
                (bvule #b10011000001 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!70 (or (not (= ((_ extract 31 11) inp.guest_wrmsr.msr)
                        #b000000000000000000000))
                (bvule #b10011000101 ((_ extract 10 0) inp.guest_wrmsr.msr))))
      (a!71 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                        #b00000000000000000000000))
                (bvule #b110000110 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!72 (or (not (= ((_ extract 31 9) inp.guest_wrmsr.msr)
                        #b00000000000000000000000))
                (bvule #b110001010 ((_ extract 8 0) inp.guest_wrmsr.msr))))
      (a!75 (= (bvnot (bvor cfg.host_gp_mask (bvnot inp.guest_wrmsr.data)))
               #x0000000000000000))
      (a!80 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x01 p.nr_gp)
                      |p.pmu_gp_counter[1]@host|
                      |p.hw_gp_ctr[1]@host|)
                 |p.hw_gp_ctr[1]@host|))
      (a!81 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x01 p.nr_gp) false |p.hw_gp_ctr[1]@host|)
                 |p.hw_gp_ctr[1]@host|))
      (a!86 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x02 p.nr_gp)
                      |p.pmu_gp_counter[2]@host|
                      |p.hw_gp_ctr[2]@host|)
                 |p.hw_gp_ctr[2]@host|))
      (a!87 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x02 p.nr_gp) false |p.hw_gp_ctr[2]@host|)
                 |p.hw_gp_ctr[2]@host|))
      (a!92 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x03 p.nr_gp)
                      |p.pmu_gp_counter[3]@host|
                      |p.hw_gp_ctr[3]@host|)
                 |p.hw_gp_ctr[3]@host|))
      (a!93 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x03 p.nr_gp) false |p.hw_gp_ctr[3]@host|)
                 |p.hw_gp_ctr[3]@host|))
      (a!98 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_fixed)
                      |p.pmu_fixed_counter[0]@host|
                      |p.hw_fixed_ctr[0]@host|)
                 |p.hw_fixed_ctr[0]@host|))
      (a!99 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                 (ite (bvult #x00 p.nr_fixed) false |p.hw_fixed_ctr[0]@host|)
                 |p.hw_fixed_ctr[0]@host|))
      (a!100 (and (and (bvuge inp.guest_wrmsr.msr #x00000309)
                       (bvult inp.guest_wrmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_wrmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!101 (= (bvnot (bvor cfg.host_fixed_mask (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!106 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.pmu_fixed_counter[1]@host|
                       |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!107 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed) false |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!112 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.pmu_fixed_counter[2]@host|
                       |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!113 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed) false |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!118 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.pmu_fixed_counter[3]@host|
                       |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!119 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed) false |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!124 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_ctrl@host))
      (a!125 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.pmu_global_ctrl@host
                  p.hw_global_ctrl@host))
      (a!126 (= (bvnot (bvor cfg.hw_global_ctrl_valid
                             (bvnot inp.guest_wrmsr.data)))
                #x0000000000000000))
      (a!131 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  false
                  p.hw_global_status@host))
      (a!132 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (or p.hw_global_status@host p.hw_global_status@host)
                  p.hw_global_status@host))
      (a!134 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_nr_gp@host
                            (ite p.has_run p.cpuid_nr_gp@host false))
                       p.cpuid_nr_gp@host)))
      (a!135 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_gp_width@host
                            (ite p.has_run p.cpuid_gp_width@host false))
                       p.cpuid_gp_width@host)))
      (a!136 (not (ite (= #x0 actp)
                       (ite inp.kvm_set_config.set_perf_caps
                            p.cpuid_fixed_width@host
                            (ite p.has_run p.cpuid_fixed_width@host false))
                       p.cpuid_fixed_width@host)))
      (a!149 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_gp)
                       |p.hw_gp_ctr[0]@host|
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!150 (and (= #b11 p.pending)
                  (= #x00000345
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))))
      (a!151 (and (= #x0000038d
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (bvugt p.pmu_version #x01)))
      (a!152 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c5)))
      (a!153 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c5)))
      (a!155 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000018a)))
      (a!158 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 11) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 11) p.pending_index))
                     #b000000000000000000000)))
      (a!161 (bvor p.gp_counter_bitmask
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!163 (or (= (ite (= p.pending #b00)
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
      (a!165 (not (= (ite (= p.pending #b00)
                          ((_ extract 31 9) inp.kvm_emulate_pmu_access.msr)
                          ((_ extract 31 9) p.pending_index))
                     #b00000000000000000000000)))
      (a!170 (or p.pending@host
                 (or (or p.pending@host p.pending_index@host)
                     (or p.pending@host p.pending_index@host))
                 (or p.pending@host p.pending_data@host)
                 (or p.pending@host p.pending_data@host)
                 p.gp_counter_bitmask@host))
      (a!178 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_gp)
                       |p.hw_gp_ctr[1]@host|
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!186 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_gp)
                       |p.hw_gp_ctr[2]@host|
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!194 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_gp)
                       |p.hw_gp_ctr[3]@host|
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!202 (bvult (bvsub (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x00000309)
                    ((_ zero_extend 24) p.nr_fixed)))
      (a!242 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x00 p.nr_fixed)
                       |p.hw_fixed_ctr[0]@host|
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!252 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x01 p.nr_fixed)
                       |p.hw_fixed_ctr[1]@host|
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!262 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x02 p.nr_fixed)
                       |p.hw_fixed_ctr[2]@host|
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!272 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (bvult #x03 p.nr_fixed)
                       |p.hw_fixed_ctr[3]@host|
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!282 (bvor (bvnot p.fixed_ctr_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!301 (bvor (bvnot p.global_ctrl_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!309 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  p.hw_global_status@host
                  p.pmu_global_status@host))
      (a!310 (bvor (bvnot p.global_status_rsvd)
                   (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))))
      (a!318 (and cfg.enable_vmware_backdoor
                  (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00010000)
                  (bvule (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00010002)))
      (a!319 (= #x00000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #xffff0000)))
      (a!320 (bvult (bvand (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x0000ffff)
                    ((_ zero_extend 24) p.nr_gp)))
      (a!321 (= #x00000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x0000ffff)))
      (a!322 (= #x00000001
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x0000ffff)))
      (a!323 (= #x00000002
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x0000ffff)))
      (a!325 (= #x40000000
                (bvand (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #xffff0000)))
      (a!326 (bvult (bvand (ite (= #b00 p.pending)
                                inp.kvm_emulate_pmu_access.msr
                                p.pending_index)
                           #x0000ffff)
                    ((_ zero_extend 24) p.nr_fixed)))
      (a!329 (or (= #x0000038e
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x0000038f
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x00000390
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!330 (ite (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                  p.pmu_global_status@host
                  p.msr_data@host))
      (a!331 (ite (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                  p.pmu_global_ctrl@host
                  p.msr_data@host))
      (a!332 (ite (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                  false
                  p.msr_data@host))
      (a!336 (or (or (or p.pending@host p.pending_index@host)
                     (or p.pending@host p.pending_index@host))
                 (or p.pending@host p.pending_index@host)
                 (or (or p.pending@host p.pending_index@host)
                     (or p.pending@host p.pending_index@host))
                 (or p.pending@host p.pending_index@host)
                 (or p.pending@host p.pending_index@host)))
      (a!337 (= #x00000000
                (bvsub (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x00000309)))
      (a!338 (= #x00000001
                (bvsub (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x00000309)))
      (a!339 (= #x00000002
                (bvsub (ite (= #b00 p.pending)
                            inp.kvm_emulate_pmu_access.msr
                            p.pending_index)
                       #x00000309)))
      (a!342 (or (= #x000000c1
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x000000c2
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x00000186
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))
                 (= #x00000187
                    (ite (= #b00 p.pending)
                         inp.kvm_emulate_pmu_access.msr
                         p.pending_index))))
      (a!350 (and (= #x00000000 (bvand inp.guest_rdpmc.ecx #xffff0000))
                  (bvult (bvand inp.guest_rdpmc.ecx #x0000ffff)
                         ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!351 (ite (= #x00000001 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                  |p.hw_gp_ctr[1]@host|
                  (ite (= #x00000002 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                       |p.hw_gp_ctr[2]@host|
                       |p.hw_gp_ctr[3]@host|)))
      (a!353 (and (= #x40000000 (bvand inp.guest_rdpmc.ecx #xffff0000))
                  (bvult (bvand inp.guest_rdpmc.ecx #x0000ffff)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!354 (ite (= #x00000001 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                  |p.hw_fixed_ctr[1]@host|
                  (ite (= #x00000002 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                       |p.hw_fixed_ctr[2]@host|
                       |p.hw_fixed_ctr[3]@host|)))
      (a!357 (ite (and (bvuge inp.guest_rdmsr.msr #x000004c1)
                       (bvult inp.guest_rdmsr.msr #x000004c5))
                  (bvsub inp.guest_rdmsr.msr #x000004c1)
                  (ite (and (bvuge inp.guest_rdmsr.msr #x00000186)
                            (bvult inp.guest_rdmsr.msr #x0000018a))
                       (bvsub inp.guest_rdmsr.msr #x00000186)
                       (bvsub inp.guest_rdmsr.msr #x000000c1))))
      (a!361 (and (and (bvuge inp.guest_rdmsr.msr #x00000309)
                       (bvult inp.guest_rdmsr.msr #x0000030d))
                  (bvult (bvsub inp.guest_rdmsr.msr #x00000309)
                         ((_ zero_extend 24) cfg.host_nr_fixed))))
      (a!362 (ite (= #x00000001 (bvsub inp.guest_rdmsr.msr #x00000309))
                  |p.hw_fixed_ctr[1]@host|
                  (ite (= #x00000002 (bvsub inp.guest_rdmsr.msr #x00000309))
                       |p.hw_fixed_ctr[2]@host|
                       |p.hw_fixed_ctr[3]@host|)))
      (a!368 (not (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write)))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (=> a!5
               (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|)))))
      (a!7 (=> a!5
               (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|)))))
      (a!9 (and (= #x8 actp)
                (= #b10 p.ctx)
                (or a!8
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
      (a!12 (and (= #xa actp) (= #b00 p.ctx) (or (not (= #b00 p.pending)) a!11)))
      (a!19 (ite inp.kvm_set_config.set_perf_caps
                 (and (= (bvnot a!16) #x0000000000000000) p.cpuid_pdcm a!17)
                 (or (not p.has_run) a!18)))
      (a!31 (or a!30
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed))))
      (a!37 (and a!33
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!38 (and a!34
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!39 (and a!35
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!40 (and a!36
                 (= #b1
                    ((_ extract 13 13)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!68 (and (and (bvuge inp.guest_wrmsr.msr #x000000c1)
                      (bvult inp.guest_wrmsr.msr #x000000c5))
                 (bvult a!67 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!73 (ite (and a!69 (not a!70))
                 (bvadd #xfffffb3f inp.guest_wrmsr.msr)
                 (ite (and a!71 (not a!72))
                      (bvadd #xfffffe7a inp.guest_wrmsr.msr)
                      (bvadd #xffffff3f inp.guest_wrmsr.msr))))
      (a!74 (and (and (bvuge inp.guest_wrmsr.msr #x000004c1)
                      (bvult inp.guest_wrmsr.msr #x000004c5))
                 (bvult a!67 ((_ zero_extend 24) cfg.host_nr_gp))))
      (a!102 (ite a!100
                  (ite (and a!101 (= inp.guest_wrmsr.msr #x00000309))
                       false
                       |p.hw_fixed_ctr[0]@host|)
                  |p.hw_fixed_ctr[0]@host|))
      (a!108 (ite a!100
                  (ite (and a!101 (= inp.guest_wrmsr.msr #x0000030a))
                       false
                       |p.hw_fixed_ctr[1]@host|)
                  |p.hw_fixed_ctr[1]@host|))
      (a!114 (ite a!100
                  (ite (and a!101 (= inp.guest_wrmsr.msr #x0000030b))
                       false
                       |p.hw_fixed_ctr[2]@host|)
                  |p.hw_fixed_ctr[2]@host|))
      (a!120 (ite a!100
                  (ite (and a!101 (= inp.guest_wrmsr.msr #x0000030c))
                       false
                       |p.hw_fixed_ctr[3]@host|)
                  |p.hw_fixed_ctr[3]@host|))
      (a!133 (ite (= #x1 actp)
                  a!131
                  (ite (= #x4 actp)
                       a!132
                       (ite (= #x5 actp) true p.hw_global_status@host))))
      (a!137 (ite (and (= (bvnot a!16) #x0000000000000000) p.cpuid_pdcm a!17)
                  false
                  p.perf_caps@host))
      (a!154 (and a!153
                  (= #b1
                     ((_ extract 13 13)
                       (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!156 (ite a!155
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000186)
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000000c1)))
      (a!159 (or a!158
                 (bvule #b10011000001
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!160 (or a!158
                 (bvule #b10011000101
                        (ite (= p.pending #b00)
                             ((_ extract 10 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 10 0) p.pending_index)))))
      (a!164 (or (not (= ((_ extract 7 1) p.pmu_version) #b0000000))
                 (not a!163)))
      (a!166 (or a!165
                 (bvule #b110000110
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!167 (or a!165
                 (bvule #b110001010
                        (ite (= p.pending #b00)
                             ((_ extract 8 0) inp.kvm_emulate_pmu_access.msr)
                             ((_ extract 8 0) p.pending_index)))))
      (a!203 (and (bvuge (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x00000309)
                  (bvult (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x0000030d)
                  a!202))
      (a!324 (or (ite a!321
                      |p.pmu_gp_counter[0]@host|
                      (ite a!322
                           |p.pmu_gp_counter[1]@host|
                           (ite a!323
                                |p.pmu_gp_counter[2]@host|
                                |p.pmu_gp_counter[3]@host|)))
                 (or p.pending@host p.pending_index@host)
                 p.gp_counter_bitmask@host))
      (a!327 (or (ite a!321
                      |p.pmu_fixed_counter[0]@host|
                      (ite a!322
                           |p.pmu_fixed_counter[1]@host|
                           (ite a!323
                                |p.pmu_fixed_counter[2]@host|
                                |p.pmu_fixed_counter[3]@host|)))
                 (or p.pending@host p.pending_index@host)
                 p.fixed_counter_bitmask@host))
      (a!333 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!331
                  a!332))
      (a!340 (or (ite a!337
                      |p.pmu_fixed_counter[0]@host|
                      (ite a!338
                           |p.pmu_fixed_counter[1]@host|
                           (ite a!339
                                |p.pmu_fixed_counter[2]@host|
                                |p.pmu_fixed_counter[3]@host|)))
                 (or p.pending@host p.pending_index@host)
                 p.fixed_counter_bitmask@host))
      (a!358 (ite (= #x00000000 a!357)
                  |p.hw_gp_ctr[0]@host|
                  (ite (= #x00000001 a!357)
                       |p.hw_gp_ctr[1]@host|
                       (ite (= #x00000002 a!357)
                            |p.hw_gp_ctr[2]@host|
                            |p.hw_gp_ctr[3]@host|))))
      (a!360 (not (and a!8 (bvult a!357 ((_ zero_extend 24) cfg.host_nr_gp)))))
      (a!367 (ite a!318
                  true
                  (ite (and a!319 a!320)
                       true
                       (ite (and a!325 a!326) true false)))))
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
      (a!21 (ite (and (not p.has_run) a!19)
                 a!20
                 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!26 (ite (and (not p.has_run) a!19)
                 a!25
                 (ite (and (not p.has_run) a!19) #x00 p.nr_fixed)))
      (a!32 (or cfg.enable_vmware_backdoor
                a!31
                (not (= p.gp_counter_bitmask cfg.host_gp_mask))
                (not (= p.fixed_counter_bitmask cfg.host_fixed_mask))))
      (a!45 (ite (= #x00000390 inp.guest_rdmsr.msr)
                 (or a!31 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!52 (ite (= #x00000390 inp.guest_wrmsr.msr)
                 (or a!31 (not (bvugt p.pmu_version #x01)))
                 true))
      (a!62 (ite (and (not p.has_run) a!19)
                 (ite inp.kvm_set_config.set_perf_caps
                      p.cpuid_version
                      (ite p.has_run p.cpuid_version inp.kvm_set_config.version))
                 (ite (and (not p.has_run) a!19) #x00 p.pmu_version)))
      (a!76 (ite a!74
                 (ite (and a!75 (= a!73 #x00000000))
                      false
                      |p.hw_gp_ctr[0]@host|)
                 |p.hw_gp_ctr[0]@host|))
      (a!82 (ite a!74
                 (ite (and a!75 (= a!73 #x00000001))
                      false
                      |p.hw_gp_ctr[1]@host|)
                 |p.hw_gp_ctr[1]@host|))
      (a!88 (ite a!74
                 (ite (and a!75 (= a!73 #x00000002))
                      false
                      |p.hw_gp_ctr[2]@host|)
                 |p.hw_gp_ctr[2]@host|))
      (a!94 (ite a!74
                 (ite (and a!75 (= a!73 #x00000003))
                      false
                      |p.hw_gp_ctr[3]@host|)
                 |p.hw_gp_ctr[3]@host|))
      (a!127 (ite a!74
                  p.hw_global_ctrl@host
                  (ite a!100
                       p.hw_global_ctrl@host
                       (ite (= #x0000038f inp.guest_wrmsr.msr)
                            (ite a!126 false p.hw_global_ctrl@host)
                            p.hw_global_ctrl@host))))
      (a!138 (ite (and (not p.has_run) a!19)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_nr_gp@host
                           (ite p.has_run p.cpuid_nr_gp@host false)))
                  (ite (and (not p.has_run) a!19) false p.nr_gp@host)))
      (a!141 (ite (and (not p.has_run) a!19)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_gp_width@host
                           (ite p.has_run p.cpuid_gp_width@host false)))
                  (ite (and (not p.has_run) a!19)
                       false
                       p.gp_counter_bitmask@host)))
      (a!144 (ite (and (not p.has_run) a!19)
                  (or (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false))
                      (ite inp.kvm_set_config.set_perf_caps
                           p.cpuid_fixed_width@host
                           (ite p.has_run p.cpuid_fixed_width@host false)))
                  (ite (and (not p.has_run) a!19)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!148 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!157 (ite a!153
                  (bvsub (ite (= #b00 p.pending)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index)
                         #x000004c1)
                  a!156))
      (a!162 (and a!159 (not a!160) (not (= (bvnot a!161) #x0000000000000000))))
      (a!168 (ite (and a!166 (not a!167))
                  (bvadd #xfffffe7a
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  (bvadd #xffffff3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))))
      (a!177 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!185 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!193 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!201 (ite a!14
                  (ite (and (not p.has_run) a!19) false |p.eventsel[0]@host|)
                  |p.eventsel[0]@host|))
      (a!214 (ite a!14
                  (ite (and (not p.has_run) a!19) false |p.eventsel[1]@host|)
                  |p.eventsel[1]@host|))
      (a!223 (ite a!14
                  (ite (and (not p.has_run) a!19) false |p.eventsel[2]@host|)
                  |p.eventsel[2]@host|))
      (a!232 (ite a!14
                  (ite (and (not p.has_run) a!19) false |p.eventsel[3]@host|)
                  |p.eventsel[3]@host|))
      (a!241 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!243 (and a!164
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x00000309)))
      (a!251 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!253 (and a!164
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030a)))
      (a!261 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!263 (and a!164
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030b)))
      (a!271 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!273 (and a!164
                  (= (ite (= p.pending #b00)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index)
                     #x0000030c)))
      (a!281 (ite a!14
                  (ite (and (not p.has_run) a!19) false p.fixed_ctr_ctrl@host)
                  p.fixed_ctr_ctrl@host))
      (a!283 (ite (and (= (bvnot a!282) #x0000000000000000) a!164)
                  (or p.pending@host p.pending_data@host)
                  p.fixed_ctr_ctrl@host))
      (a!293 (ite (= #x0000038f #x00000390)
                  (or a!31 (not (bvugt p.pmu_version #x01)))
                  true))
      (a!302 (ite (and (= (bvnot a!301) #x0000000000000000) a!164)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_ctrl@host))
      (a!308 (ite a!14
                  (ite (and (not p.has_run) a!19)
                       false
                       p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!311 (ite (and (= (bvnot a!310) #x0000000000000000)
                       (= p.pending #b00)
                       a!164)
                  (or p.pending@host p.pending_data@host)
                  p.pmu_global_status@host))
      (a!312 (ite (and (= (bvnot a!310) #x0000000000000000) a!164)
                  (or p.pmu_global_status@host
                      (or p.pending@host p.pending_data@host))
                  p.pmu_global_status@host))
      (a!328 (ite a!318
                  false
                  (ite (and a!319 a!320)
                       a!324
                       (ite (and a!325 a!326) a!327 p.msr_data@host))))
      (a!334 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!330
                  a!333)))
(let ((a!22 (ite a!15 a!21 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!27 (ite a!24 a!26 (ite (and (not p.has_run) a!19) #x00 p.nr_fixed)))
      (a!46 (ite (= #x0000038f inp.guest_rdmsr.msr)
                 (or a!31 (not (bvugt p.pmu_version #x01)))
                 a!45))
      (a!53 (ite (= #x0000038f inp.guest_wrmsr.msr)
                 (or a!31 (not (bvugt p.pmu_version #x01)))
                 a!52))
      (a!63 (ite cfg.vm_enable_pmu
                 a!62
                 (ite (and (not p.has_run) a!19) #x00 p.pmu_version)))
      (a!139 (ite a!15
                  a!138
                  (ite (and (not p.has_run) a!19) false p.nr_gp@host)))
      (a!142 (ite a!15
                  a!141
                  (ite (and (not p.has_run) a!19)
                       false
                       p.gp_counter_bitmask@host)))
      (a!145 (ite a!24
                  a!144
                  (ite (and (not p.has_run) a!19)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!169 (ite (and a!159 (not a!160))
                  (bvadd #xfffffb3f
                         (ite (= p.pending #b00)
                              inp.kvm_emulate_pmu_access.msr
                              p.pending_index))
                  a!168))
      (a!244 (ite a!203
                  (ite a!243
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[0]@host|)
                  |p.pmu_fixed_counter[0]@host|))
      (a!254 (ite a!203
                  (ite a!253
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[1]@host|)
                  |p.pmu_fixed_counter[1]@host|))
      (a!264 (ite a!203
                  (ite a!263
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[2]@host|)
                  |p.pmu_fixed_counter[2]@host|))
      (a!274 (ite a!203
                  (ite a!273
                       (or (or p.pending@host p.pending_data@host)
                           p.fixed_counter_bitmask@host)
                       |p.pmu_fixed_counter[3]@host|)
                  |p.pmu_fixed_counter[3]@host|))
      (a!284 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl@host
                  (ite a!151 a!283 p.fixed_ctr_ctrl@host)))
      (a!289 (or (bvugt a!62 #x01)
                 (and cfg.enable_mediated_pmu (not (= #x00 a!62)))))
      (a!294 (ite (= #x0000038f #x0000038f)
                  (or a!31 (not (bvugt p.pmu_version #x01)))
                  a!293))
      (a!303 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!302
                  p.pmu_global_ctrl@host))
      (a!313 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not (= #b00 p.pending)) a!312 p.pmu_global_status@host)
                  p.pmu_global_status@host))
      (a!335 (ite (= #x00000000 a!157)
                  |p.pmu_gp_counter[0]@host|
                  (ite (= #x00000001 a!157)
                       |p.pmu_gp_counter[1]@host|
                       (ite (= #x00000002 a!157)
                            |p.pmu_gp_counter[2]@host|
                            |p.pmu_gp_counter[3]@host|))))
      (a!341 (ite (= #x00000000 a!157)
                  |p.eventsel[0]@host|
                  (ite (= #x00000001 a!157)
                       |p.eventsel[1]@host|
                       (ite (= #x00000002 a!157)
                            |p.eventsel[2]@host|
                            |p.eventsel[3]@host|))))
      (a!352 (and (not a!32)
                  a!350
                  true
                  (ite (= #x00000000 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                       |p.hw_gp_ctr[0]@host|
                       a!351)))
      (a!355 (and (and (not a!32) (not a!350))
                  a!353
                  true
                  (ite (= #x00000000 (bvand inp.guest_rdpmc.ecx #x0000ffff))
                       |p.hw_fixed_ctr[0]@host|
                       a!354)))
      (a!369 (ite (and a!155 (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  true
                  (ite a!342 true false))))
(let ((a!23 (ite cfg.vm_enable_pmu
                 a!22
                 (ite (and (not p.has_run) a!19) #x00 p.nr_gp)))
      (a!28 (ite a!15 a!27 (ite (and (not p.has_run) a!19) #x00 p.nr_fixed)))
      (a!47 (ite (= #x0000038e inp.guest_rdmsr.msr)
                 (or a!31 (not (bvugt p.pmu_version #x01)))
                 a!46))
      (a!54 (ite (= #x0000038e inp.guest_wrmsr.msr)
                 (or a!31 (not (bvugt p.pmu_version #x01)))
                 a!53))
      (a!64 (not (= #x00
                    (ite (= #x0 actp)
                         (ite a!14 a!63 p.pmu_version)
                         p.pmu_version))))
      (a!140 (ite cfg.vm_enable_pmu
                  a!139
                  (ite (and (not p.has_run) a!19) false p.nr_gp@host)))
      (a!143 (ite cfg.vm_enable_pmu
                  a!142
                  (ite (and (not p.has_run) a!19)
                       false
                       p.gp_counter_bitmask@host)))
      (a!146 (ite a!15
                  a!145
                  (ite (and (not p.has_run) a!19)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!171 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!162) a!164 (= a!169 #x00000000))
                       a!170
                       |p.pmu_gp_counter[0]@host|)
                  |p.pmu_gp_counter[0]@host|))
      (a!179 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!162) a!164 (= a!169 #x00000001))
                       a!170
                       |p.pmu_gp_counter[1]@host|)
                  |p.pmu_gp_counter[1]@host|))
      (a!187 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!162) a!164 (= a!169 #x00000002))
                       a!170
                       |p.pmu_gp_counter[2]@host|)
                  |p.pmu_gp_counter[2]@host|))
      (a!195 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  (ite (and (not a!162) a!164 (= a!169 #x00000003))
                       a!170
                       |p.pmu_gp_counter[3]@host|)
                  |p.pmu_gp_counter[3]@host|))
      (a!204 (ite (and (= a!169 #x00000002) p.raw_event_mask_txcp)
                  (concat (concat ((_ extract 63 34) p.reserved_bits) (bvnot ((_ extract
                             33
                             33)
                           p.reserved_bits))) ((_ extract 32 0) p.reserved_bits))
                  p.reserved_bits))
      (a!245 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[0]@host|
                  a!244))
      (a!255 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[1]@host|
                  a!254))
      (a!265 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[2]@host|
                  a!264))
      (a!275 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  |p.pmu_fixed_counter[3]@host|
                  a!274))
      (a!285 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl@host
                  a!284))
      (a!290 (ite (and (not p.has_run) a!19)
                  a!139
                  (ite (and (not p.has_run) a!19) false p.pmu_global_ctrl@host)))
      (a!295 (ite (= #x0000038f #x0000038e)
                  (or a!31 (not (bvugt p.pmu_version #x01)))
                  a!294))
      (a!304 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_ctrl@host
                  a!303))
      (a!314 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.pmu_global_status@host
                  a!313))
      (a!343 (ite (and a!155 (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  (or a!341 a!336)
                  (ite a!342 false p.msr_data@host)))
      (a!356 (or p.__observed_p1_p2_no_host_data_to_guest
                 a!352
                 a!355
                 (and (and (not a!32) (not a!350))
                      (not a!353)
                      (= #x20000000 inp.guest_rdpmc.ecx)
                      cfg.host_perf_metrics
                      true
                      p.hw_perf_metrics@host)))
      (a!370 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  true
                  (ite a!203 true a!369))))
(let ((a!29 (ite cfg.vm_enable_pmu
                 a!28
                 (ite (and (not p.has_run) a!19) #x00 p.nr_fixed)))
      (a!48 (ite (= #x0000030a inp.guest_rdmsr.msr)
                 (not a!42)
                 (ite (= #x0000030b inp.guest_rdmsr.msr)
                      (not a!43)
                      (ite (= #x0000030c inp.guest_rdmsr.msr) (not a!44) a!47))))
      (a!55 (ite (= #x0000030a inp.guest_wrmsr.msr)
                 (not a!42)
                 (ite (= #x0000030b inp.guest_wrmsr.msr)
                      (not a!43)
                      (ite (= #x0000030c inp.guest_wrmsr.msr) (not a!44) a!54))))
      (a!147 (ite cfg.vm_enable_pmu
                  a!146
                  (ite (and (not p.has_run) a!19)
                       false
                       p.fixed_counter_bitmask@host)))
      (a!172 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  (ite a!151 |p.pmu_gp_counter[0]@host| a!171)))
      (a!180 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  (ite a!151 |p.pmu_gp_counter[1]@host| a!179)))
      (a!188 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  (ite a!151 |p.pmu_gp_counter[2]@host| a!187)))
      (a!196 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  (ite a!151 |p.pmu_gp_counter[3]@host| a!195)))
      (a!205 (bvor (bvnot (ite (= p.pending #b00)
                               inp.kvm_emulate_pmu_access.data
                               p.pending_data))
                   (bvnot a!204)))
      (a!246 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  (ite a!151 |p.pmu_fixed_counter[0]@host| a!245)))
      (a!256 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  (ite a!151 |p.pmu_fixed_counter[1]@host| a!255)))
      (a!266 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  (ite a!151 |p.pmu_fixed_counter[2]@host| a!265)))
      (a!276 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  (ite a!151 |p.pmu_fixed_counter[3]@host| a!275)))
      (a!286 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  p.fixed_ctr_ctrl@host
                  a!285))
      (a!291 (ite (and (not (= #x00 a!22)) a!289)
                  a!290
                  (ite (and (not p.has_run) a!19) false p.pmu_global_ctrl@host)))
      (a!296 (ite (= #x0000038f #x0000030a)
                  (not a!42)
                  (ite (= #x0000038f #x0000030b)
                       (not a!43)
                       (ite (= #x0000038f #x0000030c) (not a!44) a!295))))
      (a!305 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!304
                  p.pmu_global_ctrl@host))
      (a!315 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  a!311
                  a!314))
      (a!344 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  (or a!335 a!336 p.gp_counter_bitmask@host)
                  (ite a!203 a!340 a!343)))
      (a!371 (ite (= #x00000345
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite (not p.cpuid_pdcm) false true)
                  (ite a!151 true a!370))))
(let ((a!49 (ite (= #x000004c3 inp.guest_rdmsr.msr)
                 (not a!39)
                 (ite (= #x000004c4 inp.guest_rdmsr.msr)
                      (not a!40)
                      (ite (= #x00000309 inp.guest_rdmsr.msr) (not a!41) a!48))))
      (a!56 (ite (= #x000004c3 inp.guest_wrmsr.msr)
                 (not a!39)
                 (ite (= #x000004c4 inp.guest_wrmsr.msr)
                      (not a!40)
                      (ite (= #x00000309 inp.guest_wrmsr.msr) (not a!41) a!55))))
      (a!173 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!172))
      (a!181 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!180))
      (a!189 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!188))
      (a!197 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!196))
      (a!206 (ite (and (= (bvnot a!205) #x0000000000000000)
                       a!164
                       (= a!169 #x00000000))
                  (or p.pending@host p.pending_data@host)
                  |p.eventsel[0]@host|))
      (a!215 (ite (and (= (bvnot a!205) #x0000000000000000)
                       a!164
                       (= a!169 #x00000001))
                  (or p.pending@host p.pending_data@host)
                  |p.eventsel[1]@host|))
      (a!224 (ite (and (= (bvnot a!205) #x0000000000000000)
                       a!164
                       (= a!169 #x00000002))
                  (or p.pending@host p.pending_data@host)
                  |p.eventsel[2]@host|))
      (a!233 (ite (and (= (bvnot a!205) #x0000000000000000)
                       a!164
                       (= a!169 #x00000003))
                  (or p.pending@host p.pending_data@host)
                  |p.eventsel[3]@host|))
      (a!247 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!246))
      (a!257 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!256))
      (a!267 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!266))
      (a!277 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!276))
      (a!287 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!286
                  p.fixed_ctr_ctrl@host))
      (a!292 (ite cfg.vm_enable_pmu
                  a!291
                  (ite (and (not p.has_run) a!19) false p.pmu_global_ctrl@host)))
      (a!297 (ite (= #x0000038f #x000004c3)
                  (not a!39)
                  (ite (= #x0000038f #x000004c4)
                       (not a!40)
                       (ite (= #x0000038f #x00000309) (not a!41) a!296))))
      (a!316 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!315
                  p.pmu_global_status@host))
      (a!345 (ite (= #x00000345
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  (ite p.cpuid_pdcm p.perf_caps@host p.msr_data@host)
                  (ite a!151 p.fixed_ctr_ctrl@host a!344)))
      (a!372 (ite a!329 (ite (not (bvugt p.pmu_version #x01)) false true) a!371)))
(let ((a!50 (ite (= #x000000c4 inp.guest_rdmsr.msr)
                 (not a!36)
                 (ite (= #x000004c1 inp.guest_rdmsr.msr)
                      (not a!37)
                      (ite (= #x000004c2 inp.guest_rdmsr.msr) (not a!38) a!49))))
      (a!57 (ite (= #x000000c4 inp.guest_wrmsr.msr)
                 (not a!36)
                 (ite (= #x000004c1 inp.guest_wrmsr.msr)
                      (not a!37)
                      (ite (= #x000004c2 inp.guest_wrmsr.msr) (not a!38) a!56))))
      (a!174 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[0]@host|
                  a!173))
      (a!182 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[1]@host|
                  a!181))
      (a!190 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[2]@host|
                  a!189))
      (a!198 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_gp_counter[3]@host|
                  a!197))
      (a!207 (ite (and a!155 (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  a!206
                  |p.eventsel[0]@host|))
      (a!216 (ite (and a!155 (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  a!215
                  |p.eventsel[1]@host|))
      (a!225 (ite (and a!155 (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  a!224
                  |p.eventsel[2]@host|))
      (a!234 (ite (and a!155 (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  a!233
                  |p.eventsel[3]@host|))
      (a!248 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[0]@host|
                  a!247))
      (a!258 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[1]@host|
                  a!257))
      (a!268 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[2]@host|
                  a!267))
      (a!278 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.pmu_fixed_counter[3]@host|
                  a!277))
      (a!288 (ite (= #x0 actp)
                  a!281
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.fixed_ctr_ctrl@host
                            (ite a!150 p.fixed_ctr_ctrl@host a!287))
                       p.fixed_ctr_ctrl@host)))
      (a!298 (ite (= #x0000038f #x000000c4)
                  (not a!36)
                  (ite (= #x0000038f #x000004c1)
                       (not a!37)
                       (ite (= #x0000038f #x000004c2) (not a!38) a!297))))
      (a!317 (ite (= #x4 actp)
                  a!309
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_status@host
                            (ite a!150 p.pmu_global_status@host a!316))
                       p.pmu_global_status@host)))
      (a!346 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  p.msr_data@host
                  (ite a!329 a!334 a!345)))
      (a!373 (or p.__observed_p1_p2_no_host_data_to_guest
                 (and (= #b01 p.pending)
                      (ite (= #x00 p.pmu_version) false a!367)
                      (ite (= #x00 p.pmu_version) p.msr_data@host a!328))
                 (and (not (= #b01 p.pending))
                      (not a!150)
                      a!368
                      (not (= #b00 p.pending))
                      a!372
                      (ite a!329 a!334 a!345)))))
(let ((a!51 (ite (= #x000000c1 inp.guest_rdmsr.msr)
                 (not a!33)
                 (ite (= #x000000c2 inp.guest_rdmsr.msr)
                      (not a!34)
                      (ite (= #x000000c3 inp.guest_rdmsr.msr) (not a!35) a!50))))
      (a!58 (ite (= #x000000c1 inp.guest_wrmsr.msr)
                 (not a!33)
                 (ite (= #x000000c2 inp.guest_wrmsr.msr)
                      (not a!34)
                      (ite (= #x000000c3 inp.guest_wrmsr.msr) (not a!35) a!57))))
      (a!175 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!174
                  |p.pmu_gp_counter[0]@host|))
      (a!183 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!182
                  |p.pmu_gp_counter[1]@host|))
      (a!191 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!190
                  |p.pmu_gp_counter[2]@host|))
      (a!199 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!198
                  |p.pmu_gp_counter[3]@host|))
      (a!208 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[0]@host|
                  (ite a!203 |p.eventsel[0]@host| a!207)))
      (a!217 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[1]@host|
                  (ite a!203 |p.eventsel[1]@host| a!216)))
      (a!226 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[2]@host|
                  (ite a!203 |p.eventsel[2]@host| a!225)))
      (a!235 (ite (and (or a!152 a!154)
                       (bvult a!157 ((_ zero_extend 24) p.nr_gp)))
                  |p.eventsel[3]@host|
                  (ite a!203 |p.eventsel[3]@host| a!234)))
      (a!249 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!248
                  |p.pmu_fixed_counter[0]@host|))
      (a!259 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!258
                  |p.pmu_fixed_counter[1]@host|))
      (a!269 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!268
                  |p.pmu_fixed_counter[2]@host|))
      (a!279 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!278
                  |p.pmu_fixed_counter[3]@host|))
      (a!299 (ite (= #x0000038f #x000000c1)
                  (not a!33)
                  (ite (= #x0000038f #x000000c2)
                       (not a!34)
                       (ite (= #x0000038f #x000000c3) (not a!35) a!298))))
      (a!347 (ite (= #xa actp)
                  (ite (= #b01 p.pending)
                       (ite (= #x00 p.pmu_version) p.msr_data@host a!328)
                       (ite a!150 p.msr_data@host a!346))
                  p.msr_data@host)))
(let ((a!59 (ite (= #x7 actp)
                 (ite a!32 #b01 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!51 #b01 p.ctx)
                      (ite (= #x9 actp) (ite a!58 #b01 p.ctx) p.ctx))))
      (a!77 (ite a!58
                 |p.hw_gp_ctr[0]@host|
                 (ite a!68
                      (ite (= a!73 #x00000000) false |p.hw_gp_ctr[0]@host|)
                      a!76)))
      (a!83 (ite a!58
                 |p.hw_gp_ctr[1]@host|
                 (ite a!68
                      (ite (= a!73 #x00000001) false |p.hw_gp_ctr[1]@host|)
                      a!82)))
      (a!89 (ite a!58
                 |p.hw_gp_ctr[2]@host|
                 (ite a!68
                      (ite (= a!73 #x00000002) false |p.hw_gp_ctr[2]@host|)
                      a!88)))
      (a!95 (ite a!58
                 |p.hw_gp_ctr[3]@host|
                 (ite a!68
                      (ite (= a!73 #x00000003) false |p.hw_gp_ctr[3]@host|)
                      a!94)))
      (a!103 (ite (= #x9 actp)
                  (ite a!58
                       |p.hw_fixed_ctr[0]@host|
                       (ite a!68
                            |p.hw_fixed_ctr[0]@host|
                            (ite a!74 |p.hw_fixed_ctr[0]@host| a!102)))
                  |p.hw_fixed_ctr[0]@host|))
      (a!109 (ite (= #x9 actp)
                  (ite a!58
                       |p.hw_fixed_ctr[1]@host|
                       (ite a!68
                            |p.hw_fixed_ctr[1]@host|
                            (ite a!74 |p.hw_fixed_ctr[1]@host| a!108)))
                  |p.hw_fixed_ctr[1]@host|))
      (a!115 (ite (= #x9 actp)
                  (ite a!58
                       |p.hw_fixed_ctr[2]@host|
                       (ite a!68
                            |p.hw_fixed_ctr[2]@host|
                            (ite a!74 |p.hw_fixed_ctr[2]@host| a!114)))
                  |p.hw_fixed_ctr[2]@host|))
      (a!121 (ite (= #x9 actp)
                  (ite a!58
                       |p.hw_fixed_ctr[3]@host|
                       (ite a!68
                            |p.hw_fixed_ctr[3]@host|
                            (ite a!74 |p.hw_fixed_ctr[3]@host| a!120)))
                  |p.hw_fixed_ctr[3]@host|))
      (a!128 (ite (= #x8 actp)
                  (ite a!51 a!124 p.hw_global_ctrl@host)
                  (ite (= #x9 actp)
                       (ite a!58 a!124 (ite a!68 p.hw_global_ctrl@host a!127))
                       p.hw_global_ctrl@host)))
      (a!176 (ite (= #x4 actp)
                  a!149
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[0]@host|
                            (ite a!150 |p.pmu_gp_counter[0]@host| a!175))
                       |p.pmu_gp_counter[0]@host|)))
      (a!184 (ite (= #x4 actp)
                  a!178
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[1]@host|
                            (ite a!150 |p.pmu_gp_counter[1]@host| a!183))
                       |p.pmu_gp_counter[1]@host|)))
      (a!192 (ite (= #x4 actp)
                  a!186
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[2]@host|
                            (ite a!150 |p.pmu_gp_counter[2]@host| a!191))
                       |p.pmu_gp_counter[2]@host|)))
      (a!200 (ite (= #x4 actp)
                  a!194
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_gp_counter[3]@host|
                            (ite a!150 |p.pmu_gp_counter[3]@host| a!199))
                       |p.pmu_gp_counter[3]@host|)))
      (a!209 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]@host|
                  (ite a!151 |p.eventsel[0]@host| a!208)))
      (a!218 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]@host|
                  (ite a!151 |p.eventsel[1]@host| a!217)))
      (a!227 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]@host|
                  (ite a!151 |p.eventsel[2]@host| a!226)))
      (a!236 (ite (= #x00000390
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]@host|
                  (ite a!151 |p.eventsel[3]@host| a!235)))
      (a!250 (ite (= #x4 actp)
                  a!242
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[0]@host|
                            (ite a!150 |p.pmu_fixed_counter[0]@host| a!249))
                       |p.pmu_fixed_counter[0]@host|)))
      (a!260 (ite (= #x4 actp)
                  a!252
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[1]@host|
                            (ite a!150 |p.pmu_fixed_counter[1]@host| a!259))
                       |p.pmu_fixed_counter[1]@host|)))
      (a!270 (ite (= #x4 actp)
                  a!262
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[2]@host|
                            (ite a!150 |p.pmu_fixed_counter[2]@host| a!269))
                       |p.pmu_fixed_counter[2]@host|)))
      (a!280 (ite (= #x4 actp)
                  a!272
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.pmu_fixed_counter[3]@host|
                            (ite a!150 |p.pmu_fixed_counter[3]@host| a!279))
                       |p.pmu_fixed_counter[3]@host|)))
      (a!300 (ite (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))
                  (ite (not a!299) p.hw_global_ctrl@host p.pmu_global_ctrl@host)
                  p.pmu_global_ctrl@host))
      (a!348 (ite (= #x8 actp)
                  (ite a!51 false p.pending@host)
                  (ite (= #x9 actp)
                       (ite a!58 false p.pending@host)
                       (ite (= #xa actp) false p.pending@host))))
      (a!349 (ite (= #x7 actp)
                  (ite a!32 false p.pending_index@host)
                  (ite (= #x8 actp)
                       (ite a!51 false p.pending_index@host)
                       (ite (= #x9 actp)
                            (ite a!58 false p.pending_index@host)
                            p.pending_index@host))))
      (a!359 (and (not a!51)
                  (and a!8 (bvult a!357 ((_ zero_extend 24) cfg.host_nr_gp)))
                  true
                  a!358))
      (a!363 (and (and (not a!51) a!360)
                  a!361
                  true
                  (ite (= #x00000000 (bvsub inp.guest_rdmsr.msr #x00000309))
                       |p.hw_fixed_ctr[0]@host|
                       a!362)))
      (a!364 (and (and (and (not a!51) a!360) (not a!361))
                  (= #x0000038f inp.guest_rdmsr.msr)
                  true
                  p.hw_global_ctrl@host))
      (a!365 (and (and (and (not a!51) a!360) (not a!361))
                  (not (= #x0000038f inp.guest_rdmsr.msr)))))
(let ((a!60 (ite (= #x2 actp)
                 #b10
                 (ite (= #x3 actp) #b01 (ite (= #x4 actp) #b00 a!59))))
      (a!78 (ite (= #x4 actp)
                 a!66
                 (ite (= #x5 actp)
                      (ite (bvult #x00 cfg.host_nr_gp)
                           true
                           |p.hw_gp_ctr[0]@host|)
                      (ite (= #x9 actp) a!77 |p.hw_gp_ctr[0]@host|))))
      (a!84 (ite (= #x4 actp)
                 a!81
                 (ite (= #x5 actp)
                      (ite (bvult #x01 cfg.host_nr_gp)
                           true
                           |p.hw_gp_ctr[1]@host|)
                      (ite (= #x9 actp) a!83 |p.hw_gp_ctr[1]@host|))))
      (a!90 (ite (= #x4 actp)
                 a!87
                 (ite (= #x5 actp)
                      (ite (bvult #x02 cfg.host_nr_gp)
                           true
                           |p.hw_gp_ctr[2]@host|)
                      (ite (= #x9 actp) a!89 |p.hw_gp_ctr[2]@host|))))
      (a!96 (ite (= #x4 actp)
                 a!93
                 (ite (= #x5 actp)
                      (ite (bvult #x03 cfg.host_nr_gp)
                           true
                           |p.hw_gp_ctr[3]@host|)
                      (ite (= #x9 actp) a!95 |p.hw_gp_ctr[3]@host|))))
      (a!104 (ite (= #x4 actp)
                  a!99
                  (ite (= #x5 actp)
                       (ite (bvult #x00 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[0]@host|)
                       a!103)))
      (a!110 (ite (= #x4 actp)
                  a!107
                  (ite (= #x5 actp)
                       (ite (bvult #x01 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[1]@host|)
                       a!109)))
      (a!116 (ite (= #x4 actp)
                  a!113
                  (ite (= #x5 actp)
                       (ite (bvult #x02 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[2]@host|)
                       a!115)))
      (a!122 (ite (= #x4 actp)
                  a!119
                  (ite (= #x5 actp)
                       (ite (bvult #x03 cfg.host_nr_fixed)
                            true
                            |p.hw_fixed_ctr[3]@host|)
                       a!121)))
      (a!129 (ite (= #x3 actp)
                  a!124
                  (ite (= #x5 actp)
                       true
                       (ite (= #x7 actp)
                            (ite a!32 a!124 p.hw_global_ctrl@host)
                            a!128))))
      (a!210 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]@host|
                  a!209))
      (a!219 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]@host|
                  a!218))
      (a!228 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]@host|
                  a!227))
      (a!237 (ite (= #x0000038f
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]@host|
                  a!236))
      (a!306 (ite (= #x9 actp)
                  (ite a!58 a!300 p.pmu_global_ctrl@host)
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            p.pmu_global_ctrl@host
                            (ite a!150 p.pmu_global_ctrl@host a!305))
                       p.pmu_global_ctrl@host)))
      (a!366 (or p.__observed_p1_p2_no_host_data_to_guest
                 a!359
                 a!363
                 a!364
                 (and a!365
                      (= #x0000038e inp.guest_rdmsr.msr)
                      true
                      p.hw_global_status@host)
                 (and a!365
                      (not (= #x0000038e inp.guest_rdmsr.msr))
                      (not (= #x00000390 inp.guest_rdmsr.msr))
                      (= #x00000329 inp.guest_rdmsr.msr)
                      cfg.host_perf_metrics
                      true
                      p.hw_perf_metrics@host))))
(let ((a!61 (not (= #b00 (ite (= #x1 actp) #b01 a!60))))
      (a!79 (=> (bvult #x00 (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp))
                (not (ite (= #x1 actp) a!65 a!78))))
      (a!85 (=> (bvult #x01 (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp))
                (not (ite (= #x1 actp) a!80 a!84))))
      (a!91 (=> (bvult #x02 (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp))
                (not (ite (= #x1 actp) a!86 a!90))))
      (a!97 (=> (bvult #x03 (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp))
                (not (ite (= #x1 actp) a!92 a!96))))
      (a!105 (=> (bvult #x00
                        (ite (= #x0 actp) (ite a!14 a!29 p.nr_fixed) p.nr_fixed))
                 (not (ite (= #x1 actp) a!98 a!104))))
      (a!111 (=> (bvult #x01
                        (ite (= #x0 actp) (ite a!14 a!29 p.nr_fixed) p.nr_fixed))
                 (not (ite (= #x1 actp) a!106 a!110))))
      (a!117 (=> (bvult #x02
                        (ite (= #x0 actp) (ite a!14 a!29 p.nr_fixed) p.nr_fixed))
                 (not (ite (= #x1 actp) a!112 a!116))))
      (a!123 (=> (bvult #x03
                        (ite (= #x0 actp) (ite a!14 a!29 p.nr_fixed) p.nr_fixed))
                 (not (ite (= #x1 actp) a!118 a!122))))
      (a!130 (not (ite (= #x1 actp) a!124 (ite (= #x2 actp) a!125 a!129))))
      (a!211 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[0]@host|
                  a!210))
      (a!220 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[1]@host|
                  a!219))
      (a!229 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[2]@host|
                  a!228))
      (a!238 (ite (= #x0000038e
                     (ite (= #b00 p.pending)
                          inp.kvm_emulate_pmu_access.msr
                          p.pending_index))
                  |p.eventsel[3]@host|
                  a!237))
      (a!307 (ite (= #x3 actp)
                  a!300
                  (ite (= #x7 actp)
                       (ite a!32 a!300 p.pmu_global_ctrl@host)
                       (ite (= #x8 actp)
                            (ite a!51 a!300 p.pmu_global_ctrl@host)
                            a!306))))
      (a!374 (ite (= #x7 actp)
                  a!356
                  (ite (= #x8 actp)
                       a!366
                       (ite (= #xa actp)
                            a!373
                            p.__observed_p1_p2_no_host_data_to_guest)))))
(let ((a!212 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!211
                  |p.eventsel[0]@host|))
      (a!221 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!220
                  |p.eventsel[1]@host|))
      (a!230 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!229
                  |p.eventsel[2]@host|))
      (a!239 (ite (or (= #b11 p.pending)
                      (and (= #b00 p.pending)
                           inp.kvm_emulate_pmu_access.host_write))
                  a!238
                  |p.eventsel[3]@host|)))
(let ((a!213 (ite (= #x0 actp)
                  a!201
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[0]@host|
                            (ite a!150 |p.eventsel[0]@host| a!212))
                       |p.eventsel[0]@host|)))
      (a!222 (ite (= #x0 actp)
                  a!214
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[1]@host|
                            (ite a!150 |p.eventsel[1]@host| a!221))
                       |p.eventsel[1]@host|)))
      (a!231 (ite (= #x0 actp)
                  a!223
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[2]@host|
                            (ite a!150 |p.eventsel[2]@host| a!230))
                       |p.eventsel[2]@host|)))
      (a!240 (ite (= #x0 actp)
                  a!232
                  (ite (= #xa actp)
                       (ite (= #b01 p.pending)
                            |p.eventsel[3]@host|
                            (ite a!150 |p.eventsel[3]@host| a!239))
                       |p.eventsel[3]@host|))))
(let ((a!375 (and (bvule (ite (= #x0 actp) (ite a!14 a!23 p.nr_gp) p.nr_gp)
                         cfg.host_nr_gp)
                  (bvule (ite (= #x0 actp)
                              (ite a!14 a!29 p.nr_fixed)
                              p.nr_fixed)
                         cfg.host_nr_fixed)
                  (bvule (ite (= #x0 actp)
                              (ite a!14 a!29 p.nr_fixed)
                              p.nr_fixed)
                         #x03)
                  (=> (and a!61 cfg.enable_mediated_pmu a!64)
                      (and a!79 a!85 a!91 a!97))
                  (=> (and a!61 cfg.enable_mediated_pmu a!64)
                      (and a!105 a!111 a!117 a!123))
                  (=> (and a!61 cfg.enable_mediated_pmu a!64)
                      (and a!130 (not a!133)))
                  a!134
                  a!135
                  a!136
                  (not (ite (= #x0 actp)
                            (ite inp.kvm_set_config.set_perf_caps
                                 a!137
                                 p.perf_caps@host)
                            p.perf_caps@host))
                  (not (ite (= #x0 actp)
                            (ite a!14 a!140 p.nr_gp@host)
                            p.nr_gp@host))
                  (not (ite (= #x0 actp)
                            (ite a!14 a!143 p.gp_counter_bitmask@host)
                            p.gp_counter_bitmask@host))
                  (not (ite (= #x0 actp)
                            (ite a!14 a!147 p.fixed_counter_bitmask@host)
                            p.fixed_counter_bitmask@host))
                  (not (ite (= #x0 actp) a!148 a!176))
                  (not (ite (= #x0 actp) a!177 a!184))
                  (not (ite (= #x0 actp) a!185 a!192))
                  (not (ite (= #x0 actp) a!193 a!200))
                  (not a!213)
                  (not a!222)
                  (not a!231)
                  (not a!240)
                  (not (ite (= #x0 actp) a!241 a!250))
                  (not (ite (= #x0 actp) a!251 a!260))
                  (not (ite (= #x0 actp) a!261 a!270))
                  (not (ite (= #x0 actp) a!271 a!280))
                  (not a!288)
                  (not (ite (= #x0 actp)
                            (ite a!14 a!292 p.pmu_global_ctrl@host)
                            a!307))
                  (not (ite (= #x0 actp) a!308 a!317))
                  (not a!347)
                  (not (ite (= #x7 actp) (ite a!32 false p.pending@host) a!348))
                  (not a!349)
                  (not (ite (= #x9 actp)
                            (ite a!58 false p.pending_data@host)
                            p.pending_data@host))
                  (not a!374))))
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
       a!6
       a!7
       (=> a!5 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host)))
       (not p.cpuid_nr_gp@host)
       (not p.cpuid_gp_width@host)
       (not p.cpuid_fixed_width@host)
       (not p.perf_caps@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.eventsel[0]@host|)
       (not |p.eventsel[1]@host|)
       (not |p.eventsel[2]@host|)
       (not |p.eventsel[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.fixed_ctr_ctrl@host)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.msr_data@host)
       (not p.pending@host)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.__observed_p1_p2_no_host_data_to_guest)
       a!13
       (bvult actp #xb)
       (not a!375))))))))))))))))))
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
                cfg.enable_mediated_pmu
                (not (= #x00 p.pmu_version)))))
(let ((a!4 (bvor (bvsub (bvshl #x0000000000000001
                               ((_ zero_extend 56) cfg.host_nr_gp))
                        #x0000000000000001)
                 a!3
                 (ite cfg.host_perf_metrics
                      #x0001000000000000
                      #x0000000000000000)))
      (a!6 (=> a!5
               (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|)))))
      (a!7 (=> a!5
               (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|))
                    (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|))
                    (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|))
                    (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|))))))
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
       a!6
       a!7
       (=> a!5 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host)))
       (not p.cpuid_nr_gp@host)
       (not p.cpuid_gp_width@host)
       (not p.cpuid_fixed_width@host)
       (not p.perf_caps@host)
       (not p.nr_gp@host)
       (not p.gp_counter_bitmask@host)
       (not p.fixed_counter_bitmask@host)
       (not |p.pmu_gp_counter[0]@host|)
       (not |p.pmu_gp_counter[1]@host|)
       (not |p.pmu_gp_counter[2]@host|)
       (not |p.pmu_gp_counter[3]@host|)
       (not |p.eventsel[0]@host|)
       (not |p.eventsel[1]@host|)
       (not |p.eventsel[2]@host|)
       (not |p.eventsel[3]@host|)
       (not |p.pmu_fixed_counter[0]@host|)
       (not |p.pmu_fixed_counter[1]@host|)
       (not |p.pmu_fixed_counter[2]@host|)
       (not |p.pmu_fixed_counter[3]@host|)
       (not p.fixed_ctr_ctrl@host)
       (not p.pmu_global_ctrl@host)
       (not p.pmu_global_status@host)
       (not p.msr_data@host)
       (not p.pending@host)
       (not p.pending_index@host)
       (not p.pending_data@host)
       (not p.__observed_p1_p2_no_host_data_to_guest)
       (not (not p.__observed_p1_p2_no_host_data_to_guest))))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.vm_enable_pmu cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics cfg.host_tsx cfg.host_pt_host_guest cfg.host_perf_cap_legacy cfg.host_gp_mask cfg.host_fixed_mask cfg.hw_global_ctrl_valid p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_nr_gp@host p.cpuid_gp_width p.cpuid_gp_width@host p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_fixed_width@host p.cpuid_pdcm p.cpuid_tsx p.perf_caps p.perf_caps@host p.pmu_version p.nr_gp p.nr_gp@host p.nr_fixed p.gp_counter_bitmask p.gp_counter_bitmask@host p.fixed_counter_bitmask p.fixed_counter_bitmask@host p.reserved_bits p.raw_event_mask_txcp p.fixed_ctr_ctrl_rsvd p.global_ctrl_rsvd p.global_status_rsvd |p.hw_gp_ctr[0]@host| |p.hw_gp_ctr[1]@host| |p.hw_gp_ctr[2]@host| |p.hw_gp_ctr[3]@host| |p.hw_eventsel[0]| |p.hw_eventsel[1]| |p.hw_eventsel[2]| |p.hw_eventsel[3]| |p.hw_fixed_ctr[0]@host| |p.hw_fixed_ctr[1]@host| |p.hw_fixed_ctr[2]@host| |p.hw_fixed_ctr[3]@host| p.hw_fixed_ctr_ctrl p.hw_global_ctrl p.hw_global_ctrl@host p.hw_global_status@host p.hw_perf_metrics@host |p.pmu_gp_counter[0]@host| |p.pmu_gp_counter[1]@host| |p.pmu_gp_counter[2]@host| |p.pmu_gp_counter[3]@host| |p.eventsel[0]@host| |p.eventsel[1]@host| |p.eventsel[2]@host| |p.eventsel[3]@host| |p.eventsel_hw[0]| |p.eventsel_hw[1]| |p.eventsel_hw[2]| |p.eventsel_hw[3]| |p.pmu_fixed_counter[0]@host| |p.pmu_fixed_counter[1]@host| |p.pmu_fixed_counter[2]@host| |p.pmu_fixed_counter[3]@host| p.fixed_ctr_ctrl@host p.fixed_ctr_ctrl_hw p.pmu_global_ctrl p.pmu_global_ctrl@host p.pmu_global_status@host p.msr_data@host p.ctx p.pending p.pending@host p.pending_index p.pending_index@host p.pending_data p.pending_data@host p.__observed_p1_p2_no_host_data_to_guest
; invariant: (let ((a!1 (and (not (= #b00 p.ctx)) cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))) (let ((a!2 (=> a!1 (and (=> (bvult #x00 p.nr_gp) (not |p.hw_gp_ctr[0]@host|)) (=> (bvult #x01 p.nr_gp) (not |p.hw_gp_ctr[1]@host|)) (=> (bvult #x02 p.nr_gp) (not |p.hw_gp_ctr[2]@host|)) (=> (bvult #x03 p.nr_gp) (not |p.hw_gp_ctr[3]@host|))))) (a!3 (=> a!1 (and (=> (bvult #x00 p.nr_fixed) (not |p.hw_fixed_ctr[0]@host|)) (=> (bvult #x01 p.nr_fixed) (not |p.hw_fixed_ctr[1]@host|)) (=> (bvult #x02 p.nr_fixed) (not |p.hw_fixed_ctr[2]@host|)) (=> (bvult #x03 p.nr_fixed) (not |p.hw_fixed_ctr[3]@host|)))))) (and (bvule p.nr_gp cfg.host_nr_gp) (bvule p.nr_fixed cfg.host_nr_fixed) (bvule p.nr_fixed #x03) a!2 a!3 (=> a!1 (and (not p.hw_global_ctrl@host) (not p.hw_global_status@host))) (not p.cpuid_nr_gp@host) (not p.cpuid_gp_width@host) (not p.cpuid_fixed_width@host) (not p.perf_caps@host) (not p.nr_gp@host) (not p.gp_counter_bitmask@host) (not p.fixed_counter_bitmask@host) (not |p.pmu_gp_counter[0]@host|) (not |p.pmu_gp_counter[1]@host|) (not |p.pmu_gp_counter[2]@host|) (not |p.pmu_gp_counter[3]@host|) (not |p.eventsel[0]@host|) (not |p.eventsel[1]@host|) (not |p.eventsel[2]@host|) (not |p.eventsel[3]@host|) (not |p.pmu_fixed_counter[0]@host|) (not |p.pmu_fixed_counter[1]@host|) (not |p.pmu_fixed_counter[2]@host|) (not |p.pmu_fixed_counter[3]@host|) (not p.fixed_ctr_ctrl@host) (not p.pmu_global_ctrl@host) (not p.pmu_global_status@host) (not p.msr_data@host) (not p.pending@host) (not p.pending_index@host) (not p.pending_data@host) (not p.__observed_p1_p2_no_host_data_to_guest))))
; trigger: reached at depth 4
