; vpmu-formal-certificate-1
; spec: perf_metrics_v4
; property: perf_metrics_msr_needs_cap
; key: 66aca920ed43cb086bc0c69cc874d59bac2260a4d2026d10cc57e0f055c8bd3f
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.pending_data () (_ BitVec 64))
(declare-fun p.pending_index () (_ BitVec 32))
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.ctx () (_ BitVec 2))
(declare-fun p.global_ctrl_rsvd () (_ BitVec 64))
(declare-fun p.fixed_counter_bitmask () (_ BitVec 64))
(declare-fun p.gp_counter_bitmask () (_ BitVec 64))
(declare-fun p.nr_fixed () (_ BitVec 8))
(declare-fun p.nr_gp () (_ BitVec 8))
(declare-fun p.pmu_version () (_ BitVec 8))
(declare-fun p.cpuid_pdcm () Bool)
(declare-fun p.cpuid_fixed_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_fixed () (_ BitVec 8))
(declare-fun p.cpuid_gp_width () (_ BitVec 8))
(declare-fun p.cpuid_nr_gp () (_ BitVec 8))
(declare-fun p.cpuid_version () (_ BitVec 8))
(declare-fun p.has_run () Bool)
(declare-fun cfg.enable_mediated_pmu () Bool)
(declare-fun cfg.host_perf_metrics () Bool)
(declare-fun p.perf_caps () (_ BitVec 64))
(declare-fun cfg.host_nr_fixed () (_ BitVec 8))
(declare-fun cfg.host_nr_gp () (_ BitVec 8))
(declare-fun cfg.host_fixed_width () (_ BitVec 8))
(declare-fun cfg.host_gp_width () (_ BitVec 8))
(declare-fun cfg.host_pmu_version () (_ BitVec 8))
(declare-fun cfg.enable_vmware_backdoor () Bool)
(declare-fun inc.guest_wrmsr.data () (_ BitVec 64))
(declare-fun inc.guest_wrmsr.msr () (_ BitVec 32))
(declare-fun actc () (_ BitVec 4))
(declare-fun inc.guest_rdmsr.msr () (_ BitVec 32))
(declare-fun inc.guest_rdpmc.ecx () (_ BitVec 32))
(declare-fun inc.kvm_set_perf_capabilities.data () (_ BitVec 64))
(declare-fun inc.kvm_set_cpuid.pdcm () Bool)
(declare-fun inc.kvm_set_cpuid.fixed () (_ BitVec 8))
(declare-fun inc.kvm_set_cpuid.version () (_ BitVec 8))
(declare-fun inc.kvm_set_cpuid.gp () (_ BitVec 8))
(declare-fun inc.kvm_set_cpuid.fixed_width () (_ BitVec 8))
(declare-fun inc.kvm_set_cpuid.gp_width () (_ BitVec 8))
(declare-fun inc.host_set_msr.msr () (_ BitVec 32))
(define-fun invariant ((cfg.enable_mediated_pmu Bool) (cfg.enable_vmware_backdoor Bool) (cfg.host_pmu_version (_ BitVec 8)) (cfg.host_nr_gp (_ BitVec 8)) (cfg.host_nr_fixed (_ BitVec 8)) (cfg.host_gp_width (_ BitVec 8)) (cfg.host_fixed_width (_ BitVec 8)) (cfg.host_perf_metrics Bool) (p.has_run Bool) (p.cpuid_version (_ BitVec 8)) (p.cpuid_nr_gp (_ BitVec 8)) (p.cpuid_gp_width (_ BitVec 8)) (p.cpuid_nr_fixed (_ BitVec 8)) (p.cpuid_fixed_width (_ BitVec 8)) (p.cpuid_pdcm Bool) (p.perf_caps (_ BitVec 64)) (p.pmu_version (_ BitVec 8)) (p.nr_gp (_ BitVec 8)) (p.nr_fixed (_ BitVec 8)) (p.gp_counter_bitmask (_ BitVec 64)) (p.fixed_counter_bitmask (_ BitVec 64)) (p.global_ctrl_rsvd (_ BitVec 64)) (p.ctx (_ BitVec 2)) (p.pending (_ BitVec 2)) (p.pending_index (_ BitVec 32)) (p.pending_data (_ BitVec 64))) Bool
  (let ((a!1 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
             (! (let ((a!1 (= p.gp_counter_bitmask
                              (bvadd #xffffffffffffffff
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000
                                                    cfg.host_gp_width)))))
                      (a!2 (= p.fixed_counter_bitmask
                              (bvadd #xffffffffffffffff
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000
                                                    cfg.host_fixed_width))))))
                (let ((a!3 (or (not (= p.nr_gp cfg.host_nr_gp))
                               (not cfg.enable_mediated_pmu)
                               cfg.enable_vmware_backdoor
                               (not (= p.nr_fixed cfg.host_nr_fixed))
                               (= p.pmu_version #x00)
                               (not a!1)
                               (not a!2))))
                  (and (= p.pending (ite a!3 #b01 #b00))
                       (not (= x!2 #xf))
                       (= p.pending_index (ite a!3 x!3 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!2 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
             (! (let ((a!1 (or (not p.cpuid_pdcm)
                               (not (= x!3 #x00000329))
                               (not cfg.enable_mediated_pmu)
                               (not (= ((_ extract 15 15) p.perf_caps) #b1))
                               (= p.pmu_version #x00))))
                (let ((a!2 (ite (= x!3 #x0000038f)
                                (or (not cfg.enable_mediated_pmu)
                                    (not (= p.nr_gp cfg.host_nr_gp))
                                    (not (= p.nr_fixed cfg.host_nr_fixed))
                                    (= p.pmu_version #x00)
                                    (= ((_ extract 7 1) p.pmu_version)
                                       #b0000000))
                                a!1)))
                  (and (= p.pending (ite a!2 #b10 #b00))
                       (not (= x!2 #xf))
                       (or (= x!3 #x0000038f) (= x!3 #x00000329))
                       (= p.pending_index (ite a!2 x!3 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!3 (exists ((x!1 (_ BitVec 32))
                    (x!2 (_ BitVec 64))
                    (x!3 (_ BitVec 4))
                    (x!4 (_ BitVec 32))
                    (x!5 (_ BitVec 64)))
             (! (let ((a!1 (or (not p.cpuid_pdcm)
                               (not (= x!4 #x00000329))
                               (not (= ((_ extract 15 15) p.perf_caps) #b1))
                               (= p.pmu_version #x00)
                               (not cfg.enable_mediated_pmu))))
                (let ((a!2 (ite (= x!4 #x0000038f)
                                (or (= p.pmu_version #x00)
                                    (not cfg.enable_mediated_pmu)
                                    (not (= p.nr_fixed cfg.host_nr_fixed))
                                    (not (= p.nr_gp cfg.host_nr_gp))
                                    (= ((_ extract 7 1) p.pmu_version)
                                       #b0000000))
                                a!1)))
                  (and (= p.pending_data (ite a!2 x!5 x!2))
                       (= p.pending (ite a!2 #b11 #b00))
                       (not (= x!3 #xf))
                       (or (= x!4 #x0000038f) (= x!4 #x00000329))
                       (= p.pending_index (ite a!2 x!4 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!4 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b10)) :weight 0)))
      (a!5 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf))
                     p.has_run
                     (= p.ctx #b01)
                     (= p.pending #b00))
                :weight 0)))
      (a!6 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b01)) :weight 0)))
      (a!7 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b00)) :weight 0)))
      (a!8 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b00) (= p.pending #b00))
                :weight 0)))
      (a!9 (exists ((x!1 (_ BitVec 64))
                    (x!2 (_ BitVec 8))
                    (x!3 (_ BitVec 8))
                    (x!4 (_ BitVec 8))
                    (x!5 (_ BitVec 64))
                    (x!6 (_ BitVec 64))
                    (x!7 (_ BitVec 64))
                    (x!8 (_ BitVec 4))
                    (x!9 (_ BitVec 64)))
             (! (let ((a!1 (bvor (bvnot x!9)
                                 (concat (ite (and cfg.host_perf_metrics
                                                   cfg.enable_mediated_pmu)
                                              #b00000000000000000000000000000000000000000000000010
                                              #b00000000000000000000000000000000000000000000000000)
                                         #b10000000000000)))
                      (a!3 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                       #b000000))
                               (bvule #b10
                                      ((_ extract 1 0) cfg.host_pmu_version))))
                      (a!5 (bvshl #x0000000000000001
                                  (concat #x00000000000000
                                          (ite (bvule cfg.host_fixed_width
                                                      p.cpuid_fixed_width)
                                               cfg.host_fixed_width
                                               p.cpuid_fixed_width))))
                      (a!8 (or (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))
                               (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))))
                      (a!11 (or (bvule #b100
                                       ((_ extract 2 0) cfg.host_nr_fixed))
                                (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                        #b00000))))
                      (a!17 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_gp_width
                                                       p.cpuid_gp_width)
                                                cfg.host_gp_width
                                                p.cpuid_gp_width)))))
                (let ((a!2 (or (not p.cpuid_pdcm)
                               (not (= (bvnot a!1) #x0000000000000000))))
                      (a!4 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version)
                                       p.cpuid_version)
                                (ite a!3
                                     #b0000001
                                     ((_ extract 7 1) cfg.host_pmu_version))
                                ((_ extract 7 1) p.cpuid_version)))
                      (a!7 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version)
                                       p.cpuid_version)
                                (ite a!3 #x02 cfg.host_pmu_version)
                                p.cpuid_version))
                      (a!12 (ite (bvule (ite a!11 #x04 cfg.host_nr_fixed)
                                        p.cpuid_nr_fixed)
                                 (ite a!11 #x04 cfg.host_nr_fixed)
                                 p.cpuid_nr_fixed)))
                (let ((a!6 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4)
                                   #b0000000)
                                (ite a!2 x!6 #x0000000000000000)
                                (ite a!2 x!6 (bvadd #xffffffffffffffff a!5))))
                      (a!9 (ite a!2
                                x!3
                                (ite (bvule (ite a!8 #x08 cfg.host_nr_gp)
                                            p.cpuid_nr_gp)
                                     (ite a!8 #x08 cfg.host_nr_gp)
                                     p.cpuid_nr_gp)))
                      (a!13 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4)
                                    #b0000000)
                                 (ite a!2 x!4 #x00)
                                 (ite a!2 x!4 a!12)))
                      (a!15 (and p.cpuid_pdcm
                                 (ite a!2
                                      (= ((_ extract 15 15) x!1) #b1)
                                      (= ((_ extract 15 15) x!9) #b1))))
                      (a!18 (= p.gp_counter_bitmask
                               (ite (= (ite a!2 x!2 a!7) #x00)
                                    (ite a!2 x!5 #x0000000000000000)
                                    (ite a!2
                                         x!5
                                         (bvadd #xffffffffffffffff a!17))))))
                (let ((a!10 (ite (= (ite a!2 x!2 a!7) #x00)
                                 (ite a!2 x!3 #x00)
                                 a!9))
                      (a!14 (bvadd #xffffffff
                                   ((_ extract 31 0)
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000 a!13))))))
                (let ((a!16 (bvor (bvadd #xffffffffffffffff
                                         (bvshl #x0000000000000001
                                                (concat #x00000000000000 a!10)))
                                  (concat a!14 #x00000000)
                                  (ite a!15
                                       #x0001000000000000
                                       #x0000000000000000))))
                  (and (= p.perf_caps (ite a!2 x!1 x!9))
                       (= p.fixed_counter_bitmask a!6)
                       (= p.global_ctrl_rsvd (ite a!2 x!7 (bvnot a!16)))
                       (not (= x!8 #xf))
                       (= p.nr_fixed a!13)
                       (= p.nr_gp a!10)
                       (= p.pmu_version (ite a!2 x!2 a!7))
                       a!18
                       (not p.has_run)
                       (= p.ctx #b00)))))))
                :weight 0)))
      (a!10 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                        #b000000))
                                (bvule #b10
                                       ((_ extract 1 0) cfg.host_pmu_version))))
                       (a!3 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_gp_width
                                                       p.cpuid_gp_width)
                                                cfg.host_gp_width
                                                p.cpuid_gp_width))))
                       (a!5 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_fixed_width
                                                       p.cpuid_fixed_width)
                                                cfg.host_fixed_width
                                                p.cpuid_fixed_width))))
                       (a!6 (or (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))
                                (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))))
                       (a!8 (or (bvule #b100
                                       ((_ extract 2 0) cfg.host_nr_fixed))
                                (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                        #b00000))))
                       (a!11 (ite (and p.cpuid_pdcm
                                       (= ((_ extract 15 15) p.perf_caps) #b1))
                                  #x0001000000000000
                                  #x0000000000000000)))
                 (let ((a!2 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!1 #x02 cfg.host_pmu_version)
                                 p.cpuid_version))
                       (a!4 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!1
                                      #b0000001
                                      ((_ extract 7 1) cfg.host_pmu_version))
                                 ((_ extract 7 1) p.cpuid_version)))
                       (a!9 (ite (bvule (ite a!8 #x04 cfg.host_nr_fixed)
                                        p.cpuid_nr_fixed)
                                 (ite a!8 #x04 cfg.host_nr_fixed)
                                 p.cpuid_nr_fixed)))
                 (let ((a!7 (ite (= a!2 #x00)
                                 #x00
                                 (ite (bvule (ite a!6 #x08 cfg.host_nr_gp)
                                             p.cpuid_nr_gp)
                                      (ite a!6 #x08 cfg.host_nr_gp)
                                      p.cpuid_nr_gp)))
                       (a!10 (bvshl #x0000000000000001
                                    (concat #x00000000000000
                                            (ite (= a!4 #b0000000) #x00 a!9)))))
                 (let ((a!12 (bvor (bvadd #xffffffffffffffff
                                          (bvshl #x0000000000000001
                                                 (concat #x00000000000000 a!7)))
                                   (concat (bvadd #xffffffff
                                                  ((_ extract 31 0) a!10))
                                           #x00000000)
                                   a!11)))
                   (and (= p.gp_counter_bitmask
                           (ite (= a!2 #x00)
                                #x0000000000000000
                                (bvadd #xffffffffffffffff a!3)))
                        (= p.fixed_counter_bitmask
                           (ite (= a!4 #b0000000)
                                #x0000000000000000
                                (bvadd #xffffffffffffffff a!5)))
                        (not (= x!1 #xf))
                        (= p.nr_gp a!7)
                        (= p.pmu_version a!2)
                        (= p.nr_fixed (ite (= a!4 #b0000000) #x00 a!9))
                        (= p.global_ctrl_rsvd (bvnot a!12))
                        (not p.has_run)
                        (= p.ctx #b00))))))
                 :weight 0)))
      (a!11 (or (not cfg.enable_mediated_pmu)
                (bvule #b100 ((_ extract 2 0) cfg.host_pmu_version))
                (not (= ((_ extract 7 3) cfg.host_pmu_version) #b00000))))
      (a!12 (or (not (= ((_ extract 7 6) cfg.host_gp_width) #b00))
                (bvule #b100000 ((_ extract 5 0) cfg.host_gp_width))))
      (a!13 (or (not (= ((_ extract 7 6) cfg.host_fixed_width) #b00))
                (bvule #b100000 ((_ extract 5 0) cfg.host_fixed_width))))
      (a!14 (or (not (= ((_ extract 7 1) cfg.host_nr_gp) #b0000000))
                (= ((_ extract 0 0) cfg.host_nr_gp) #b1)))
      (a!15 (= p.perf_caps
               (concat (ite (and cfg.host_perf_metrics cfg.enable_mediated_pmu)
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       #b10000000000000))))
  (or a!1
      a!2
      a!3
      a!4
      a!5
      a!6
      a!7
      a!8
      a!9
      a!10
      (and (bvule ((_ extract 5 0) cfg.host_gp_width) #b110000)
           (bvule ((_ extract 5 0) cfg.host_fixed_width) #b110000)
           (= ((_ extract 7 6) cfg.host_gp_width) #b00)
           (= ((_ extract 7 6) cfg.host_fixed_width) #b00)
           (= ((_ extract 7 3) cfg.host_nr_fixed) #b00000)
           (bvule ((_ extract 2 0) cfg.host_nr_fixed) #b100)
           (= ((_ extract 7 4) cfg.host_nr_gp) #x0)
           (bvule ((_ extract 3 0) cfg.host_nr_gp) #x8)
           a!11
           a!12
           a!13
           a!14
           (or (not cfg.host_perf_metrics) (= cfg.host_nr_fixed #x04))
           a!15
           (not p.has_run)
           (= p.cpuid_version #x00)
           (= p.cpuid_nr_gp #x00)
           (= p.cpuid_gp_width #x00)
           (= p.cpuid_nr_fixed #x00)
           (= p.cpuid_fixed_width #x00)
           (not p.cpuid_pdcm)
           (= p.pmu_version #x00)
           (= p.nr_gp #x00)
           (= p.nr_fixed #x00)
           (= p.gp_counter_bitmask #x0000000000000000)
           (= p.fixed_counter_bitmask #x0000000000000000)
           (= p.global_ctrl_rsvd #xffffffffffffffff)
           (= p.ctx #b00)
           (= p.pending #b00)
           (= p.pending_index #x00000000)
           (= p.pending_data #x0000000000000000)))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (= p.perf_caps
              (bvor #x0000000000002000
                    (ite (and cfg.enable_mediated_pmu cfg.host_perf_metrics)
                         #x0000000000008000
                         #x0000000000000000))))
      (a!2 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
             (! (let ((a!1 (= p.gp_counter_bitmask
                              (bvadd #xffffffffffffffff
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000
                                                    cfg.host_gp_width)))))
                      (a!2 (= p.fixed_counter_bitmask
                              (bvadd #xffffffffffffffff
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000
                                                    cfg.host_fixed_width))))))
                (let ((a!3 (or (not (= p.nr_gp cfg.host_nr_gp))
                               (not cfg.enable_mediated_pmu)
                               cfg.enable_vmware_backdoor
                               (not (= p.nr_fixed cfg.host_nr_fixed))
                               (= p.pmu_version #x00)
                               (not a!1)
                               (not a!2))))
                  (and (= p.pending (ite a!3 #b01 #b00))
                       (not (= x!2 #xf))
                       (= p.pending_index (ite a!3 x!3 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!3 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
             (! (let ((a!1 (or (not p.cpuid_pdcm)
                               (not (= x!3 #x00000329))
                               (not cfg.enable_mediated_pmu)
                               (not (= ((_ extract 15 15) p.perf_caps) #b1))
                               (= p.pmu_version #x00))))
                (let ((a!2 (ite (= x!3 #x0000038f)
                                (or (not cfg.enable_mediated_pmu)
                                    (not (= p.nr_gp cfg.host_nr_gp))
                                    (not (= p.nr_fixed cfg.host_nr_fixed))
                                    (= p.pmu_version #x00)
                                    (= ((_ extract 7 1) p.pmu_version)
                                       #b0000000))
                                a!1)))
                  (and (= p.pending (ite a!2 #b10 #b00))
                       (not (= x!2 #xf))
                       (or (= x!3 #x0000038f) (= x!3 #x00000329))
                       (= p.pending_index (ite a!2 x!3 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!4 (exists ((x!1 (_ BitVec 32))
                    (x!2 (_ BitVec 64))
                    (x!3 (_ BitVec 4))
                    (x!4 (_ BitVec 32))
                    (x!5 (_ BitVec 64)))
             (! (let ((a!1 (or (not p.cpuid_pdcm)
                               (not (= x!4 #x00000329))
                               (not (= ((_ extract 15 15) p.perf_caps) #b1))
                               (= p.pmu_version #x00)
                               (not cfg.enable_mediated_pmu))))
                (let ((a!2 (ite (= x!4 #x0000038f)
                                (or (= p.pmu_version #x00)
                                    (not cfg.enable_mediated_pmu)
                                    (not (= p.nr_fixed cfg.host_nr_fixed))
                                    (not (= p.nr_gp cfg.host_nr_gp))
                                    (= ((_ extract 7 1) p.pmu_version)
                                       #b0000000))
                                a!1)))
                  (and (= p.pending_data (ite a!2 x!5 x!2))
                       (= p.pending (ite a!2 #b11 #b00))
                       (not (= x!3 #xf))
                       (or (= x!4 #x0000038f) (= x!4 #x00000329))
                       (= p.pending_index (ite a!2 x!4 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!5 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b10)) :weight 0)))
      (a!6 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf))
                     p.has_run
                     (= p.ctx #b01)
                     (= p.pending #b00))
                :weight 0)))
      (a!7 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b01)) :weight 0)))
      (a!8 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b00)) :weight 0)))
      (a!9 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b00) (= p.pending #b00))
                :weight 0)))
      (a!10 (exists ((x!1 (_ BitVec 64))
                     (x!2 (_ BitVec 8))
                     (x!3 (_ BitVec 8))
                     (x!4 (_ BitVec 8))
                     (x!5 (_ BitVec 64))
                     (x!6 (_ BitVec 64))
                     (x!7 (_ BitVec 64))
                     (x!8 (_ BitVec 4))
                     (x!9 (_ BitVec 64)))
              (! (let ((a!1 (bvor (bvnot x!9)
                                  (concat (ite (and cfg.host_perf_metrics
                                                    cfg.enable_mediated_pmu)
                                               #b00000000000000000000000000000000000000000000000010
                                               #b00000000000000000000000000000000000000000000000000)
                                          #b10000000000000)))
                       (a!3 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                        #b000000))
                                (bvule #b10
                                       ((_ extract 1 0) cfg.host_pmu_version))))
                       (a!5 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_fixed_width
                                                       p.cpuid_fixed_width)
                                                cfg.host_fixed_width
                                                p.cpuid_fixed_width))))
                       (a!8 (or (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))
                                (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))))
                       (a!11 (or (bvule #b100
                                        ((_ extract 2 0) cfg.host_nr_fixed))
                                 (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                         #b00000))))
                       (a!17 (bvshl #x0000000000000001
                                    (concat #x00000000000000
                                            (ite (bvule cfg.host_gp_width
                                                        p.cpuid_gp_width)
                                                 cfg.host_gp_width
                                                 p.cpuid_gp_width)))))
                 (let ((a!2 (or (not p.cpuid_pdcm)
                                (not (= (bvnot a!1) #x0000000000000000))))
                       (a!4 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!3
                                      #b0000001
                                      ((_ extract 7 1) cfg.host_pmu_version))
                                 ((_ extract 7 1) p.cpuid_version)))
                       (a!7 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!3 #x02 cfg.host_pmu_version)
                                 p.cpuid_version))
                       (a!12 (ite (bvule (ite a!11 #x04 cfg.host_nr_fixed)
                                         p.cpuid_nr_fixed)
                                  (ite a!11 #x04 cfg.host_nr_fixed)
                                  p.cpuid_nr_fixed)))
                 (let ((a!6 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4)
                                    #b0000000)
                                 (ite a!2 x!6 #x0000000000000000)
                                 (ite a!2 x!6 (bvadd #xffffffffffffffff a!5))))
                       (a!9 (ite a!2
                                 x!3
                                 (ite (bvule (ite a!8 #x08 cfg.host_nr_gp)
                                             p.cpuid_nr_gp)
                                      (ite a!8 #x08 cfg.host_nr_gp)
                                      p.cpuid_nr_gp)))
                       (a!13 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4)
                                     #b0000000)
                                  (ite a!2 x!4 #x00)
                                  (ite a!2 x!4 a!12)))
                       (a!15 (and p.cpuid_pdcm
                                  (ite a!2
                                       (= ((_ extract 15 15) x!1) #b1)
                                       (= ((_ extract 15 15) x!9) #b1))))
                       (a!18 (= p.gp_counter_bitmask
                                (ite (= (ite a!2 x!2 a!7) #x00)
                                     (ite a!2 x!5 #x0000000000000000)
                                     (ite a!2
                                          x!5
                                          (bvadd #xffffffffffffffff a!17))))))
                 (let ((a!10 (ite (= (ite a!2 x!2 a!7) #x00)
                                  (ite a!2 x!3 #x00)
                                  a!9))
                       (a!14 (bvadd #xffffffff
                                    ((_ extract 31 0)
                                      (bvshl #x0000000000000001
                                             (concat #x00000000000000 a!13))))))
                 (let ((a!16 (bvor (bvadd #xffffffffffffffff
                                          (bvshl #x0000000000000001
                                                 (concat #x00000000000000 a!10)))
                                   (concat a!14 #x00000000)
                                   (ite a!15
                                        #x0001000000000000
                                        #x0000000000000000))))
                   (and (= p.perf_caps (ite a!2 x!1 x!9))
                        (= p.fixed_counter_bitmask a!6)
                        (= p.global_ctrl_rsvd (ite a!2 x!7 (bvnot a!16)))
                        (not (= x!8 #xf))
                        (= p.nr_fixed a!13)
                        (= p.nr_gp a!10)
                        (= p.pmu_version (ite a!2 x!2 a!7))
                        a!18
                        (not p.has_run)
                        (= p.ctx #b00)))))))
                 :weight 0)))
      (a!11 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                        #b000000))
                                (bvule #b10
                                       ((_ extract 1 0) cfg.host_pmu_version))))
                       (a!3 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_gp_width
                                                       p.cpuid_gp_width)
                                                cfg.host_gp_width
                                                p.cpuid_gp_width))))
                       (a!5 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_fixed_width
                                                       p.cpuid_fixed_width)
                                                cfg.host_fixed_width
                                                p.cpuid_fixed_width))))
                       (a!6 (or (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))
                                (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))))
                       (a!8 (or (bvule #b100
                                       ((_ extract 2 0) cfg.host_nr_fixed))
                                (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                        #b00000))))
                       (a!11 (ite (and p.cpuid_pdcm
                                       (= ((_ extract 15 15) p.perf_caps) #b1))
                                  #x0001000000000000
                                  #x0000000000000000)))
                 (let ((a!2 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!1 #x02 cfg.host_pmu_version)
                                 p.cpuid_version))
                       (a!4 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!1
                                      #b0000001
                                      ((_ extract 7 1) cfg.host_pmu_version))
                                 ((_ extract 7 1) p.cpuid_version)))
                       (a!9 (ite (bvule (ite a!8 #x04 cfg.host_nr_fixed)
                                        p.cpuid_nr_fixed)
                                 (ite a!8 #x04 cfg.host_nr_fixed)
                                 p.cpuid_nr_fixed)))
                 (let ((a!7 (ite (= a!2 #x00)
                                 #x00
                                 (ite (bvule (ite a!6 #x08 cfg.host_nr_gp)
                                             p.cpuid_nr_gp)
                                      (ite a!6 #x08 cfg.host_nr_gp)
                                      p.cpuid_nr_gp)))
                       (a!10 (bvshl #x0000000000000001
                                    (concat #x00000000000000
                                            (ite (= a!4 #b0000000) #x00 a!9)))))
                 (let ((a!12 (bvor (bvadd #xffffffffffffffff
                                          (bvshl #x0000000000000001
                                                 (concat #x00000000000000 a!7)))
                                   (concat (bvadd #xffffffff
                                                  ((_ extract 31 0) a!10))
                                           #x00000000)
                                   a!11)))
                   (and (= p.gp_counter_bitmask
                           (ite (= a!2 #x00)
                                #x0000000000000000
                                (bvadd #xffffffffffffffff a!3)))
                        (= p.fixed_counter_bitmask
                           (ite (= a!4 #b0000000)
                                #x0000000000000000
                                (bvadd #xffffffffffffffff a!5)))
                        (not (= x!1 #xf))
                        (= p.nr_gp a!7)
                        (= p.pmu_version a!2)
                        (= p.nr_fixed (ite (= a!4 #b0000000) #x00 a!9))
                        (= p.global_ctrl_rsvd (bvnot a!12))
                        (not p.has_run)
                        (= p.ctx #b00))))))
                 :weight 0)))
      (a!12 (or (not cfg.enable_mediated_pmu)
                (bvule #b100 ((_ extract 2 0) cfg.host_pmu_version))
                (not (= ((_ extract 7 3) cfg.host_pmu_version) #b00000))))
      (a!13 (or (not (= ((_ extract 7 6) cfg.host_gp_width) #b00))
                (bvule #b100000 ((_ extract 5 0) cfg.host_gp_width))))
      (a!14 (or (not (= ((_ extract 7 6) cfg.host_fixed_width) #b00))
                (bvule #b100000 ((_ extract 5 0) cfg.host_fixed_width))))
      (a!15 (or (not (= ((_ extract 7 1) cfg.host_nr_gp) #b0000000))
                (= ((_ extract 0 0) cfg.host_nr_gp) #b1)))
      (a!16 (= p.perf_caps
               (concat (ite (and cfg.host_perf_metrics cfg.enable_mediated_pmu)
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       #b10000000000000))))
(let ((a!17 (or a!2
                a!3
                a!4
                a!5
                a!6
                a!7
                a!8
                a!9
                a!10
                a!11
                (and (bvule ((_ extract 5 0) cfg.host_gp_width) #b110000)
                     (bvule ((_ extract 5 0) cfg.host_fixed_width) #b110000)
                     (= ((_ extract 7 6) cfg.host_gp_width) #b00)
                     (= ((_ extract 7 6) cfg.host_fixed_width) #b00)
                     (= ((_ extract 7 3) cfg.host_nr_fixed) #b00000)
                     (bvule ((_ extract 2 0) cfg.host_nr_fixed) #b100)
                     (= ((_ extract 7 4) cfg.host_nr_gp) #x0)
                     (bvule ((_ extract 3 0) cfg.host_nr_gp) #x8)
                     a!12
                     a!13
                     a!14
                     a!15
                     (or (not cfg.host_perf_metrics) (= cfg.host_nr_fixed #x04))
                     a!16
                     (not p.has_run)
                     (= p.cpuid_version #x00)
                     (= p.cpuid_nr_gp #x00)
                     (= p.cpuid_gp_width #x00)
                     (= p.cpuid_nr_fixed #x00)
                     (= p.cpuid_fixed_width #x00)
                     (not p.cpuid_pdcm)
                     (= p.pmu_version #x00)
                     (= p.nr_gp #x00)
                     (= p.nr_fixed #x00)
                     (= p.gp_counter_bitmask #x0000000000000000)
                     (= p.fixed_counter_bitmask #x0000000000000000)
                     (= p.global_ctrl_rsvd #xffffffffffffffff)
                     (= p.ctx #b00)
                     (= p.pending #b00)
                     (= p.pending_index #x00000000)
                     (= p.pending_data #x0000000000000000)))))
  (and (bvuge cfg.host_nr_gp #x01)
       (bvule cfg.host_nr_gp #x08)
       (bvule cfg.host_nr_fixed #x04)
       (bvuge cfg.host_gp_width #x20)
       (bvule cfg.host_gp_width #x30)
       (bvuge cfg.host_fixed_width #x20)
       (bvule cfg.host_fixed_width #x30)
       (=> cfg.host_perf_metrics (= #x04 cfg.host_nr_fixed))
       (=> cfg.enable_mediated_pmu (bvuge cfg.host_pmu_version #x04))
       (= p.has_run false)
       (= #x00 p.cpuid_version)
       (= #x00 p.cpuid_nr_gp)
       (= #x00 p.cpuid_gp_width)
       (= #x00 p.cpuid_nr_fixed)
       (= #x00 p.cpuid_fixed_width)
       (= p.cpuid_pdcm false)
       a!1
       (= #x00 p.pmu_version)
       (= #x00 p.nr_gp)
       (= #x00 p.nr_fixed)
       (= #x0000000000000000 p.gp_counter_bitmask)
       (= #x0000000000000000 p.fixed_counter_bitmask)
       (= #xffffffffffffffff p.global_ctrl_rsvd)
       (= #b00 p.ctx)
       (= #b00 p.pending)
       (= #x00000000 p.pending_index)
       (= #x0000000000000000 p.pending_data)
       (not a!17)))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
             (! (let ((a!1 (= p.gp_counter_bitmask
                              (bvadd #xffffffffffffffff
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000
                                                    cfg.host_gp_width)))))
                      (a!2 (= p.fixed_counter_bitmask
                              (bvadd #xffffffffffffffff
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000
                                                    cfg.host_fixed_width))))))
                (let ((a!3 (or (not (= p.nr_gp cfg.host_nr_gp))
                               (not cfg.enable_mediated_pmu)
                               cfg.enable_vmware_backdoor
                               (not (= p.nr_fixed cfg.host_nr_fixed))
                               (= p.pmu_version #x00)
                               (not a!1)
                               (not a!2))))
                  (and (= p.pending (ite a!3 #b01 #b00))
                       (not (= x!2 #xf))
                       (= p.pending_index (ite a!3 x!3 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!2 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
             (! (let ((a!1 (or (not p.cpuid_pdcm)
                               (not (= x!3 #x00000329))
                               (not cfg.enable_mediated_pmu)
                               (not (= ((_ extract 15 15) p.perf_caps) #b1))
                               (= p.pmu_version #x00))))
                (let ((a!2 (ite (= x!3 #x0000038f)
                                (or (not cfg.enable_mediated_pmu)
                                    (not (= p.nr_gp cfg.host_nr_gp))
                                    (not (= p.nr_fixed cfg.host_nr_fixed))
                                    (= p.pmu_version #x00)
                                    (= ((_ extract 7 1) p.pmu_version)
                                       #b0000000))
                                a!1)))
                  (and (= p.pending (ite a!2 #b10 #b00))
                       (not (= x!2 #xf))
                       (or (= x!3 #x0000038f) (= x!3 #x00000329))
                       (= p.pending_index (ite a!2 x!3 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!3 (exists ((x!1 (_ BitVec 32))
                    (x!2 (_ BitVec 64))
                    (x!3 (_ BitVec 4))
                    (x!4 (_ BitVec 32))
                    (x!5 (_ BitVec 64)))
             (! (let ((a!1 (or (not p.cpuid_pdcm)
                               (not (= x!4 #x00000329))
                               (not (= ((_ extract 15 15) p.perf_caps) #b1))
                               (= p.pmu_version #x00)
                               (not cfg.enable_mediated_pmu))))
                (let ((a!2 (ite (= x!4 #x0000038f)
                                (or (= p.pmu_version #x00)
                                    (not cfg.enable_mediated_pmu)
                                    (not (= p.nr_fixed cfg.host_nr_fixed))
                                    (not (= p.nr_gp cfg.host_nr_gp))
                                    (= ((_ extract 7 1) p.pmu_version)
                                       #b0000000))
                                a!1)))
                  (and (= p.pending_data (ite a!2 x!5 x!2))
                       (= p.pending (ite a!2 #b11 #b00))
                       (not (= x!3 #xf))
                       (or (= x!4 #x0000038f) (= x!4 #x00000329))
                       (= p.pending_index (ite a!2 x!4 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!4 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b10)) :weight 0)))
      (a!5 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf))
                     p.has_run
                     (= p.ctx #b01)
                     (= p.pending #b00))
                :weight 0)))
      (a!6 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b01)) :weight 0)))
      (a!7 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b00)) :weight 0)))
      (a!8 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b00) (= p.pending #b00))
                :weight 0)))
      (a!9 (exists ((x!1 (_ BitVec 64))
                    (x!2 (_ BitVec 8))
                    (x!3 (_ BitVec 8))
                    (x!4 (_ BitVec 8))
                    (x!5 (_ BitVec 64))
                    (x!6 (_ BitVec 64))
                    (x!7 (_ BitVec 64))
                    (x!8 (_ BitVec 4))
                    (x!9 (_ BitVec 64)))
             (! (let ((a!1 (bvor (bvnot x!9)
                                 (concat (ite (and cfg.host_perf_metrics
                                                   cfg.enable_mediated_pmu)
                                              #b00000000000000000000000000000000000000000000000010
                                              #b00000000000000000000000000000000000000000000000000)
                                         #b10000000000000)))
                      (a!3 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                       #b000000))
                               (bvule #b10
                                      ((_ extract 1 0) cfg.host_pmu_version))))
                      (a!5 (bvshl #x0000000000000001
                                  (concat #x00000000000000
                                          (ite (bvule cfg.host_fixed_width
                                                      p.cpuid_fixed_width)
                                               cfg.host_fixed_width
                                               p.cpuid_fixed_width))))
                      (a!8 (or (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))
                               (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))))
                      (a!11 (or (bvule #b100
                                       ((_ extract 2 0) cfg.host_nr_fixed))
                                (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                        #b00000))))
                      (a!17 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_gp_width
                                                       p.cpuid_gp_width)
                                                cfg.host_gp_width
                                                p.cpuid_gp_width)))))
                (let ((a!2 (or (not p.cpuid_pdcm)
                               (not (= (bvnot a!1) #x0000000000000000))))
                      (a!4 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version)
                                       p.cpuid_version)
                                (ite a!3
                                     #b0000001
                                     ((_ extract 7 1) cfg.host_pmu_version))
                                ((_ extract 7 1) p.cpuid_version)))
                      (a!7 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version)
                                       p.cpuid_version)
                                (ite a!3 #x02 cfg.host_pmu_version)
                                p.cpuid_version))
                      (a!12 (ite (bvule (ite a!11 #x04 cfg.host_nr_fixed)
                                        p.cpuid_nr_fixed)
                                 (ite a!11 #x04 cfg.host_nr_fixed)
                                 p.cpuid_nr_fixed)))
                (let ((a!6 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4)
                                   #b0000000)
                                (ite a!2 x!6 #x0000000000000000)
                                (ite a!2 x!6 (bvadd #xffffffffffffffff a!5))))
                      (a!9 (ite a!2
                                x!3
                                (ite (bvule (ite a!8 #x08 cfg.host_nr_gp)
                                            p.cpuid_nr_gp)
                                     (ite a!8 #x08 cfg.host_nr_gp)
                                     p.cpuid_nr_gp)))
                      (a!13 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4)
                                    #b0000000)
                                 (ite a!2 x!4 #x00)
                                 (ite a!2 x!4 a!12)))
                      (a!15 (and p.cpuid_pdcm
                                 (ite a!2
                                      (= ((_ extract 15 15) x!1) #b1)
                                      (= ((_ extract 15 15) x!9) #b1))))
                      (a!18 (= p.gp_counter_bitmask
                               (ite (= (ite a!2 x!2 a!7) #x00)
                                    (ite a!2 x!5 #x0000000000000000)
                                    (ite a!2
                                         x!5
                                         (bvadd #xffffffffffffffff a!17))))))
                (let ((a!10 (ite (= (ite a!2 x!2 a!7) #x00)
                                 (ite a!2 x!3 #x00)
                                 a!9))
                      (a!14 (bvadd #xffffffff
                                   ((_ extract 31 0)
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000 a!13))))))
                (let ((a!16 (bvor (bvadd #xffffffffffffffff
                                         (bvshl #x0000000000000001
                                                (concat #x00000000000000 a!10)))
                                  (concat a!14 #x00000000)
                                  (ite a!15
                                       #x0001000000000000
                                       #x0000000000000000))))
                  (and (= p.perf_caps (ite a!2 x!1 x!9))
                       (= p.fixed_counter_bitmask a!6)
                       (= p.global_ctrl_rsvd (ite a!2 x!7 (bvnot a!16)))
                       (not (= x!8 #xf))
                       (= p.nr_fixed a!13)
                       (= p.nr_gp a!10)
                       (= p.pmu_version (ite a!2 x!2 a!7))
                       a!18
                       (not p.has_run)
                       (= p.ctx #b00)))))))
                :weight 0)))
      (a!10 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                        #b000000))
                                (bvule #b10
                                       ((_ extract 1 0) cfg.host_pmu_version))))
                       (a!3 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_gp_width
                                                       p.cpuid_gp_width)
                                                cfg.host_gp_width
                                                p.cpuid_gp_width))))
                       (a!5 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_fixed_width
                                                       p.cpuid_fixed_width)
                                                cfg.host_fixed_width
                                                p.cpuid_fixed_width))))
                       (a!6 (or (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))
                                (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))))
                       (a!8 (or (bvule #b100
                                       ((_ extract 2 0) cfg.host_nr_fixed))
                                (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                        #b00000))))
                       (a!11 (ite (and p.cpuid_pdcm
                                       (= ((_ extract 15 15) p.perf_caps) #b1))
                                  #x0001000000000000
                                  #x0000000000000000)))
                 (let ((a!2 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!1 #x02 cfg.host_pmu_version)
                                 p.cpuid_version))
                       (a!4 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!1
                                      #b0000001
                                      ((_ extract 7 1) cfg.host_pmu_version))
                                 ((_ extract 7 1) p.cpuid_version)))
                       (a!9 (ite (bvule (ite a!8 #x04 cfg.host_nr_fixed)
                                        p.cpuid_nr_fixed)
                                 (ite a!8 #x04 cfg.host_nr_fixed)
                                 p.cpuid_nr_fixed)))
                 (let ((a!7 (ite (= a!2 #x00)
                                 #x00
                                 (ite (bvule (ite a!6 #x08 cfg.host_nr_gp)
                                             p.cpuid_nr_gp)
                                      (ite a!6 #x08 cfg.host_nr_gp)
                                      p.cpuid_nr_gp)))
                       (a!10 (bvshl #x0000000000000001
                                    (concat #x00000000000000
                                            (ite (= a!4 #b0000000) #x00 a!9)))))
                 (let ((a!12 (bvor (bvadd #xffffffffffffffff
                                          (bvshl #x0000000000000001
                                                 (concat #x00000000000000 a!7)))
                                   (concat (bvadd #xffffffff
                                                  ((_ extract 31 0) a!10))
                                           #x00000000)
                                   a!11)))
                   (and (= p.gp_counter_bitmask
                           (ite (= a!2 #x00)
                                #x0000000000000000
                                (bvadd #xffffffffffffffff a!3)))
                        (= p.fixed_counter_bitmask
                           (ite (= a!4 #b0000000)
                                #x0000000000000000
                                (bvadd #xffffffffffffffff a!5)))
                        (not (= x!1 #xf))
                        (= p.nr_gp a!7)
                        (= p.pmu_version a!2)
                        (= p.nr_fixed (ite (= a!4 #b0000000) #x00 a!9))
                        (= p.global_ctrl_rsvd (bvnot a!12))
                        (not p.has_run)
                        (= p.ctx #b00))))))
                 :weight 0)))
      (a!11 (or (not cfg.enable_mediated_pmu)
                (bvule #b100 ((_ extract 2 0) cfg.host_pmu_version))
                (not (= ((_ extract 7 3) cfg.host_pmu_version) #b00000))))
      (a!12 (or (not (= ((_ extract 7 6) cfg.host_gp_width) #b00))
                (bvule #b100000 ((_ extract 5 0) cfg.host_gp_width))))
      (a!13 (or (not (= ((_ extract 7 6) cfg.host_fixed_width) #b00))
                (bvule #b100000 ((_ extract 5 0) cfg.host_fixed_width))))
      (a!14 (or (not (= ((_ extract 7 1) cfg.host_nr_gp) #b0000000))
                (= ((_ extract 0 0) cfg.host_nr_gp) #b1)))
      (a!15 (= p.perf_caps
               (concat (ite (and cfg.host_perf_metrics cfg.enable_mediated_pmu)
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       #b10000000000000)))
      (a!17 (or (and (= #x0 actc) (and (= #b00 p.ctx) (not p.has_run)))
                (and (= #x1 actc) (and (= #b00 p.ctx) (not p.has_run)))
                (and (= #x2 actc) (= #b00 p.ctx) (= #b00 p.pending))
                (and (= #x3 actc) (= #b01 p.ctx))
                (and (= #x4 actc) (= #b10 p.ctx))
                (and (= #x5 actc) (= #b01 p.ctx))
                (and (= #x6 actc) (= #b00 p.ctx))
                (and (= #x7 actc) (= #b10 p.ctx))
                (and (= #x8 actc) (and (= #b10 p.ctx) (= #b00 p.pending)))
                (and (= #x9 actc) (= #b00 p.ctx) (= #b01 p.pending))
                (and (= #xa actc)
                     (and (= #b10 p.ctx) (= #b00 p.pending))
                     (or (= #x00000329 inc.guest_rdmsr.msr)
                         (= #x0000038f inc.guest_rdmsr.msr)))
                (and (= #xb actc) (= #b00 p.ctx) (= #b10 p.pending))
                (and (= #xc actc)
                     (and (= #b10 p.ctx) (= #b00 p.pending))
                     (or (= #x00000329 inc.guest_wrmsr.msr)
                         (= #x0000038f inc.guest_wrmsr.msr)))
                (and (= #xd actc) (= #b00 p.ctx) (= #b11 p.pending))
                (and (= #xe actc)
                     (= #b00 p.ctx)
                     (or (= #x00000329 inc.host_set_msr.msr)
                         (= #x0000038f inc.host_set_msr.msr)))))
      (a!18 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
              (! (let ((a!1 (not (and cfg.enable_mediated_pmu
                                      (not (= #x00 p.pmu_version)))))
                       (a!3 (= p.gp_counter_bitmask
                               (bvsub (bvshl #x0000000000000001
                                             ((_ zero_extend 56)
                                               cfg.host_gp_width))
                                      #x0000000000000001)))
                       (a!4 (= p.fixed_counter_bitmask
                               (bvsub (bvshl #x0000000000000001
                                             ((_ zero_extend 56)
                                               cfg.host_fixed_width))
                                      #x0000000000000001)))
                       (a!5 (not (= #b1
                                    ((_ extract 15 15)
                                      (ite p.cpuid_pdcm
                                           p.perf_caps
                                           #x0000000000000000)))))
                       (a!10 (ite (bvult inc.kvm_set_cpuid.version
                                         (ite (bvult cfg.host_pmu_version #x02)
                                              cfg.host_pmu_version
                                              #x02))
                                  inc.kvm_set_cpuid.version
                                  (ite (bvult cfg.host_pmu_version #x02)
                                       cfg.host_pmu_version
                                       #x02)))
                       (a!11 (ite (bvult inc.kvm_set_cpuid.gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  inc.kvm_set_cpuid.gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!12 (bvor (bvnot inc.kvm_set_perf_capabilities.data)
                                   (concat (ite (and cfg.enable_mediated_pmu
                                                     cfg.host_perf_metrics)
                                                #b00000000000000000000000000000000000000000000000010
                                                #b00000000000000000000000000000000000000000000000000)
                                           #b10000000000000)))
                       (a!14 (ite (bvult p.cpuid_version
                                         (ite (bvult cfg.host_pmu_version #x02)
                                              cfg.host_pmu_version
                                              #x02))
                                  p.cpuid_version
                                  (ite (bvult cfg.host_pmu_version #x02)
                                       cfg.host_pmu_version
                                       #x02)))
                       (a!15 (ite (bvult p.cpuid_nr_gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  p.cpuid_nr_gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!18 (ite (bvult inc.kvm_set_cpuid.fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  inc.kvm_set_cpuid.fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!19 (ite (bvult p.cpuid_nr_fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  p.cpuid_nr_fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!23 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvult inc.kvm_set_cpuid.gp_width
                                                  cfg.host_gp_width)
                                           inc.kvm_set_cpuid.gp_width
                                           cfg.host_gp_width))))
                       (a!24 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvult p.cpuid_gp_width
                                                  cfg.host_gp_width)
                                           p.cpuid_gp_width
                                           cfg.host_gp_width))))
                       (a!28 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvult inc.kvm_set_cpuid.fixed_width
                                                  cfg.host_fixed_width)
                                           inc.kvm_set_cpuid.fixed_width
                                           cfg.host_fixed_width))))
                       (a!29 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvult p.cpuid_fixed_width
                                                  cfg.host_fixed_width)
                                           p.cpuid_fixed_width
                                           cfg.host_fixed_width))))
                       (a!35 (ite (= #x3 actc)
                                  #b10
                                  (ite (= #x4 actc)
                                       #b01
                                       (ite (= #x5 actc) #b00 p.ctx)))))
                 (let ((a!2 (or a!1
                                (not (= p.nr_gp cfg.host_nr_gp))
                                (not (= p.nr_fixed cfg.host_nr_fixed))))
                       (a!13 (or (not p.cpuid_pdcm)
                                 (not (= (bvnot a!12) #x0000000000000000)))))
                 (let ((a!6 (ite (= #x0000038f inc.guest_rdmsr.msr)
                                 (or a!2 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_rdmsr.msr)
                                      (or a!1 a!5)
                                      true)))
                       (a!7 (ite (= #x0000038f inc.guest_wrmsr.msr)
                                 (or a!2 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_wrmsr.msr)
                                      (or a!1 a!5)
                                      true)))
                       (a!16 (ite (= #x00 (ite (not a!13) a!14 p.pmu_version))
                                  (ite (not a!13) #x00 p.nr_gp)
                                  (ite (not a!13) a!15 p.nr_gp)))
                       (a!20 (ite (bvugt (ite (not a!13) a!14 p.pmu_version)
                                         #x01)
                                  (ite (not a!13) a!19 p.nr_fixed)
                                  (ite (not a!13) #x00 p.nr_fixed)))
                       (a!22 (ite (= #x0 actc)
                                  a!10
                                  (ite (= #x1 actc)
                                       (ite (not a!13) a!14 p.pmu_version)
                                       p.pmu_version)))
                       (a!25 (ite (= #x00 (ite (not a!13) a!14 p.pmu_version))
                                  (ite (not a!13)
                                       #x0000000000000000
                                       p.gp_counter_bitmask)
                                  (ite (not a!13)
                                       (bvsub a!24 #x0000000000000001)
                                       p.gp_counter_bitmask)))
                       (a!30 (ite (bvugt (ite (not a!13) a!14 p.pmu_version)
                                         #x01)
                                  (ite (not a!13)
                                       (bvsub a!29 #x0000000000000001)
                                       p.fixed_counter_bitmask)
                                  (ite (not a!13)
                                       #x0000000000000000
                                       p.fixed_counter_bitmask))))
                 (let ((a!8 (ite (= #xb actc)
                                 #b00
                                 (ite (= #xc actc)
                                      (ite a!7 #b11 p.pending)
                                      (ite (= #xd actc) #b00 p.pending))))
                       (a!17 (ite (= #x0 actc)
                                  (ite (= #x00 a!10) #x00 a!11)
                                  (ite (= #x1 actc) a!16 p.nr_gp)))
                       (a!21 (ite (= #x0 actc)
                                  (ite (bvugt a!10 #x01) a!18 #x00)
                                  (ite (= #x1 actc) a!20 p.nr_fixed)))
                       (a!26 (ite (= #x0 actc)
                                  (ite (= #x00 a!10)
                                       #x0000000000000000
                                       (bvsub a!23 #x0000000000000001))
                                  (ite (= #x1 actc) a!25 p.gp_counter_bitmask)))
                       (a!31 (ite (= #x0 actc)
                                  (ite (bvugt a!10 #x01)
                                       (bvsub a!28 #x0000000000000001)
                                       #x0000000000000000)
                                  (ite (= #x1 actc)
                                       a!30
                                       p.fixed_counter_bitmask)))
                       (a!34 (ite (= #x8 actc)
                                  (ite (or cfg.enable_vmware_backdoor
                                           a!2
                                           (not a!3)
                                           (not a!4))
                                       inc.guest_rdpmc.ecx
                                       p.pending_index)
                                  (ite (= #xa actc)
                                       (ite a!6
                                            inc.guest_rdmsr.msr
                                            p.pending_index)
                                       (ite (= #xc actc)
                                            (ite a!7
                                                 inc.guest_wrmsr.msr
                                                 p.pending_index)
                                            p.pending_index)))))
                 (let ((a!9 (ite (= #x8 actc)
                                 (ite (or cfg.enable_vmware_backdoor
                                          a!2
                                          (not a!3)
                                          (not a!4))
                                      #b01
                                      p.pending)
                                 (ite (= #x9 actc)
                                      #b00
                                      (ite (= #xa actc)
                                           (ite a!6 #b10 p.pending)
                                           a!8))))
                       (a!27 (= a!26
                                (bvadd #xffffffffffffffff
                                       (bvshl #x0000000000000001
                                              (concat #x00000000000000
                                                      cfg.host_gp_width)))))
                       (a!32 (= a!31
                                (bvadd #xffffffffffffffff
                                       (bvshl #x0000000000000001
                                              (concat #x00000000000000
                                                      cfg.host_fixed_width))))))
                 (let ((a!33 (or (not (= a!17 cfg.host_nr_gp))
                                 (not cfg.enable_mediated_pmu)
                                 cfg.enable_vmware_backdoor
                                 (not (= a!21 cfg.host_nr_fixed))
                                 (= a!22 #x00)
                                 (not a!27)
                                 (not a!32))))
                   (and (= a!9 (ite a!33 #b01 #b00))
                        (not (= x!2 #xf))
                        (= a!34 (ite a!33 x!3 x!1))
                        (= (ite (= #x2 actc) #b01 a!35) #b10))))))))
                 :weight 0)))
      (a!19 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
              (! (let ((a!1 (not (and cfg.enable_mediated_pmu
                                      (not (= #x00 p.pmu_version)))))
                       (a!3 (= p.gp_counter_bitmask
                               (bvsub (bvshl #x0000000000000001
                                             ((_ zero_extend 56)
                                               cfg.host_gp_width))
                                      #x0000000000000001)))
                       (a!4 (= p.fixed_counter_bitmask
                               (bvsub (bvshl #x0000000000000001
                                             ((_ zero_extend 56)
                                               cfg.host_fixed_width))
                                      #x0000000000000001)))
                       (a!5 (not (= #b1
                                    ((_ extract 15 15)
                                      (ite p.cpuid_pdcm
                                           p.perf_caps
                                           #x0000000000000000)))))
                       (a!10 (ite (bvult inc.kvm_set_cpuid.version
                                         (ite (bvult cfg.host_pmu_version #x02)
                                              cfg.host_pmu_version
                                              #x02))
                                  inc.kvm_set_cpuid.version
                                  (ite (bvult cfg.host_pmu_version #x02)
                                       cfg.host_pmu_version
                                       #x02)))
                       (a!11 (ite (bvult inc.kvm_set_cpuid.gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  inc.kvm_set_cpuid.gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!12 (bvor (bvnot inc.kvm_set_perf_capabilities.data)
                                   (concat (ite (and cfg.enable_mediated_pmu
                                                     cfg.host_perf_metrics)
                                                #b00000000000000000000000000000000000000000000000010
                                                #b00000000000000000000000000000000000000000000000000)
                                           #b10000000000000)))
                       (a!14 (ite (bvult p.cpuid_version
                                         (ite (bvult cfg.host_pmu_version #x02)
                                              cfg.host_pmu_version
                                              #x02))
                                  p.cpuid_version
                                  (ite (bvult cfg.host_pmu_version #x02)
                                       cfg.host_pmu_version
                                       #x02)))
                       (a!15 (ite (bvult p.cpuid_nr_gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  p.cpuid_nr_gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!18 (ite (bvult inc.kvm_set_cpuid.fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  inc.kvm_set_cpuid.fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!19 (ite (bvult p.cpuid_nr_fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  p.cpuid_nr_fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!27 (ite (= #x3 actc)
                                  #b10
                                  (ite (= #x4 actc)
                                       #b01
                                       (ite (= #x5 actc) #b00 p.ctx)))))
                 (let ((a!2 (or a!1
                                (not (= p.nr_gp cfg.host_nr_gp))
                                (not (= p.nr_fixed cfg.host_nr_fixed))))
                       (a!13 (or (not p.cpuid_pdcm)
                                 (not (= (bvnot a!12) #x0000000000000000)))))
                 (let ((a!6 (ite (= #x0000038f inc.guest_rdmsr.msr)
                                 (or a!2 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_rdmsr.msr)
                                      (or a!1 a!5)
                                      true)))
                       (a!7 (ite (= #x0000038f inc.guest_wrmsr.msr)
                                 (or a!2 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_wrmsr.msr)
                                      (or a!1 a!5)
                                      true)))
                       (a!16 (ite (= #x00 (ite (not a!13) a!14 p.pmu_version))
                                  (ite (not a!13) #x00 p.nr_gp)
                                  (ite (not a!13) a!15 p.nr_gp)))
                       (a!20 (ite (bvugt (ite (not a!13) a!14 p.pmu_version)
                                         #x01)
                                  (ite (not a!13) a!19 p.nr_fixed)
                                  (ite (not a!13) #x00 p.nr_fixed)))
                       (a!22 (ite (= #x0 actc)
                                  a!10
                                  (ite (= #x1 actc)
                                       (ite (not a!13) a!14 p.pmu_version)
                                       p.pmu_version)))
                       (a!23 (ite (= #x1 actc)
                                  (ite (not a!13)
                                       inc.kvm_set_perf_capabilities.data
                                       p.perf_caps)
                                  p.perf_caps)))
                 (let ((a!8 (ite (= #xb actc)
                                 #b00
                                 (ite (= #xc actc)
                                      (ite a!7 #b11 p.pending)
                                      (ite (= #xd actc) #b00 p.pending))))
                       (a!17 (ite (= #x0 actc)
                                  (ite (= #x00 a!10) #x00 a!11)
                                  (ite (= #x1 actc) a!16 p.nr_gp)))
                       (a!21 (ite (= #x0 actc)
                                  (ite (bvugt a!10 #x01) a!18 #x00)
                                  (ite (= #x1 actc) a!20 p.nr_fixed)))
                       (a!24 (or (not (ite (= #x0 actc)
                                           inc.kvm_set_cpuid.pdcm
                                           p.cpuid_pdcm))
                                 (not (= x!3 #x00000329))
                                 (not cfg.enable_mediated_pmu)
                                 (not (= ((_ extract 15 15) a!23) #b1))
                                 (= a!22 #x00)))
                       (a!26 (ite (= #x8 actc)
                                  (ite (or cfg.enable_vmware_backdoor
                                           a!2
                                           (not a!3)
                                           (not a!4))
                                       inc.guest_rdpmc.ecx
                                       p.pending_index)
                                  (ite (= #xa actc)
                                       (ite a!6
                                            inc.guest_rdmsr.msr
                                            p.pending_index)
                                       (ite (= #xc actc)
                                            (ite a!7
                                                 inc.guest_wrmsr.msr
                                                 p.pending_index)
                                            p.pending_index)))))
                 (let ((a!9 (ite (= #x8 actc)
                                 (ite (or cfg.enable_vmware_backdoor
                                          a!2
                                          (not a!3)
                                          (not a!4))
                                      #b01
                                      p.pending)
                                 (ite (= #x9 actc)
                                      #b00
                                      (ite (= #xa actc)
                                           (ite a!6 #b10 p.pending)
                                           a!8))))
                       (a!25 (ite (= x!3 #x0000038f)
                                  (or (not cfg.enable_mediated_pmu)
                                      (not (= a!17 cfg.host_nr_gp))
                                      (not (= a!21 cfg.host_nr_fixed))
                                      (= a!22 #x00)
                                      (= ((_ extract 7 1) a!22) #b0000000))
                                  a!24)))
                   (and (= a!9 (ite a!25 #b10 #b00))
                        (not (= x!2 #xf))
                        (or (= x!3 #x0000038f) (= x!3 #x00000329))
                        (= a!26 (ite a!25 x!3 x!1))
                        (= (ite (= #x2 actc) #b01 a!27) #b10)))))))
                 :weight 0)))
      (a!20 (exists ((x!1 (_ BitVec 32))
                     (x!2 (_ BitVec 64))
                     (x!3 (_ BitVec 4))
                     (x!4 (_ BitVec 32))
                     (x!5 (_ BitVec 64)))
              (! (let ((a!1 (not (and cfg.enable_mediated_pmu
                                      (not (= #x00 p.pmu_version)))))
                       (a!3 (not (= #b1
                                    ((_ extract 15 15)
                                      (ite p.cpuid_pdcm
                                           p.perf_caps
                                           #x0000000000000000)))))
                       (a!5 (ite (bvult inc.kvm_set_cpuid.version
                                        (ite (bvult cfg.host_pmu_version #x02)
                                             cfg.host_pmu_version
                                             #x02))
                                 inc.kvm_set_cpuid.version
                                 (ite (bvult cfg.host_pmu_version #x02)
                                      cfg.host_pmu_version
                                      #x02)))
                       (a!6 (bvor (bvnot inc.kvm_set_perf_capabilities.data)
                                  (concat (ite (and cfg.enable_mediated_pmu
                                                    cfg.host_perf_metrics)
                                               #b00000000000000000000000000000000000000000000000010
                                               #b00000000000000000000000000000000000000000000000000)
                                          #b10000000000000)))
                       (a!8 (ite (bvult p.cpuid_version
                                        (ite (bvult cfg.host_pmu_version #x02)
                                             cfg.host_pmu_version
                                             #x02))
                                 p.cpuid_version
                                 (ite (bvult cfg.host_pmu_version #x02)
                                      cfg.host_pmu_version
                                      #x02)))
                       (a!10 (ite (bvult inc.kvm_set_cpuid.fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  inc.kvm_set_cpuid.fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!11 (ite (bvult p.cpuid_nr_fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  p.cpuid_nr_fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!14 (ite (bvult inc.kvm_set_cpuid.gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  inc.kvm_set_cpuid.gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!15 (ite (bvult p.cpuid_nr_gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  p.cpuid_nr_gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!21 (= p.gp_counter_bitmask
                                (bvsub (bvshl #x0000000000000001
                                              ((_ zero_extend 56)
                                                cfg.host_gp_width))
                                       #x0000000000000001)))
                       (a!22 (= p.fixed_counter_bitmask
                                (bvsub (bvshl #x0000000000000001
                                              ((_ zero_extend 56)
                                                cfg.host_fixed_width))
                                       #x0000000000000001)))
                       (a!27 (ite (= #x3 actc)
                                  #b10
                                  (ite (= #x4 actc)
                                       #b01
                                       (ite (= #x5 actc) #b00 p.ctx)))))
                 (let ((a!2 (or a!1
                                (not (= p.nr_gp cfg.host_nr_gp))
                                (not (= p.nr_fixed cfg.host_nr_fixed))))
                       (a!7 (or (not p.cpuid_pdcm)
                                (not (= (bvnot a!6) #x0000000000000000)))))
                 (let ((a!4 (ite (= #x0000038f inc.guest_wrmsr.msr)
                                 (or a!2 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_wrmsr.msr)
                                      (or a!1 a!3)
                                      true)))
                       (a!9 (ite (= #x0 actc)
                                 a!5
                                 (ite (= #x1 actc)
                                      (ite (not a!7) a!8 p.pmu_version)
                                      p.pmu_version)))
                       (a!12 (ite (bvugt (ite (not a!7) a!8 p.pmu_version) #x01)
                                  (ite (not a!7) a!11 p.nr_fixed)
                                  (ite (not a!7) #x00 p.nr_fixed)))
                       (a!16 (ite (= #x00 (ite (not a!7) a!8 p.pmu_version))
                                  (ite (not a!7) #x00 p.nr_gp)
                                  (ite (not a!7) a!15 p.nr_gp)))
                       (a!18 (ite (= #x1 actc)
                                  (ite (not a!7)
                                       inc.kvm_set_perf_capabilities.data
                                       p.perf_caps)
                                  p.perf_caps))
                       (a!23 (ite (= #x0000038f inc.guest_rdmsr.msr)
                                  (or a!2 (not (bvugt p.pmu_version #x01)))
                                  (ite (= #x00000329 inc.guest_rdmsr.msr)
                                       (or a!1 a!3)
                                       true))))
                 (let ((a!13 (ite (= #x0 actc)
                                  (ite (bvugt a!5 #x01) a!10 #x00)
                                  (ite (= #x1 actc) a!12 p.nr_fixed)))
                       (a!17 (ite (= #x0 actc)
                                  (ite (= #x00 a!5) #x00 a!14)
                                  (ite (= #x1 actc) a!16 p.nr_gp)))
                       (a!19 (or (not (ite (= #x0 actc)
                                           inc.kvm_set_cpuid.pdcm
                                           p.cpuid_pdcm))
                                 (not (= x!4 #x00000329))
                                 (not (= ((_ extract 15 15) a!18) #b1))
                                 (= a!9 #x00)
                                 (not cfg.enable_mediated_pmu)))
                       (a!24 (ite (= #xb actc)
                                  #b00
                                  (ite (= #xc actc)
                                       (ite a!4 #b11 p.pending)
                                       (ite (= #xd actc) #b00 p.pending))))
                       (a!26 (ite (= #x8 actc)
                                  (ite (or cfg.enable_vmware_backdoor
                                           a!2
                                           (not a!21)
                                           (not a!22))
                                       inc.guest_rdpmc.ecx
                                       p.pending_index)
                                  (ite (= #xa actc)
                                       (ite a!23
                                            inc.guest_rdmsr.msr
                                            p.pending_index)
                                       (ite (= #xc actc)
                                            (ite a!4
                                                 inc.guest_wrmsr.msr
                                                 p.pending_index)
                                            p.pending_index)))))
                 (let ((a!20 (ite (= x!4 #x0000038f)
                                  (or (= a!9 #x00)
                                      (not cfg.enable_mediated_pmu)
                                      (not (= a!13 cfg.host_nr_fixed))
                                      (not (= a!17 cfg.host_nr_gp))
                                      (= ((_ extract 7 1) a!9) #b0000000))
                                  a!19))
                       (a!25 (ite (= #x8 actc)
                                  (ite (or cfg.enable_vmware_backdoor
                                           a!2
                                           (not a!21)
                                           (not a!22))
                                       #b01
                                       p.pending)
                                  (ite (= #x9 actc)
                                       #b00
                                       (ite (= #xa actc)
                                            (ite a!23 #b10 p.pending)
                                            a!24)))))
                   (and (= (ite (= #xc actc)
                                (ite a!4 inc.guest_wrmsr.data p.pending_data)
                                p.pending_data)
                           (ite a!20 x!5 x!2))
                        (= a!25 (ite a!20 #b11 #b00))
                        (not (= x!3 #xf))
                        (or (= x!4 #x0000038f) (= x!4 #x00000329))
                        (= a!26 (ite a!20 x!4 x!1))
                        (= (ite (= #x2 actc) #b01 a!27) #b10)))))))
                 :weight 0)))
      (a!21 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (ite (= #x3 actc)
                                 #b10
                                 (ite (= #x4 actc)
                                      #b01
                                      (ite (= #x5 actc) #b00 p.ctx)))))
                   (and (not (= x!1 #xf)) (= (ite (= #x2 actc) #b01 a!1) #b10)))
                 :weight 0)))
      (a!22 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (ite (= #x3 actc)
                                 #b10
                                 (ite (= #x4 actc)
                                      #b01
                                      (ite (= #x5 actc) #b00 p.ctx))))
                       (a!2 (not (and cfg.enable_mediated_pmu
                                      (not (= #x00 p.pmu_version)))))
                       (a!4 (= p.gp_counter_bitmask
                               (bvsub (bvshl #x0000000000000001
                                             ((_ zero_extend 56)
                                               cfg.host_gp_width))
                                      #x0000000000000001)))
                       (a!5 (= p.fixed_counter_bitmask
                               (bvsub (bvshl #x0000000000000001
                                             ((_ zero_extend 56)
                                               cfg.host_fixed_width))
                                      #x0000000000000001)))
                       (a!6 (not (= #b1
                                    ((_ extract 15 15)
                                      (ite p.cpuid_pdcm
                                           p.perf_caps
                                           #x0000000000000000))))))
                 (let ((a!3 (or a!2
                                (not (= p.nr_gp cfg.host_nr_gp))
                                (not (= p.nr_fixed cfg.host_nr_fixed)))))
                 (let ((a!7 (ite (= #x0000038f inc.guest_rdmsr.msr)
                                 (or a!3 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_rdmsr.msr)
                                      (or a!2 a!6)
                                      true)))
                       (a!8 (ite (= #x0000038f inc.guest_wrmsr.msr)
                                 (or a!3 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_wrmsr.msr)
                                      (or a!2 a!6)
                                      true))))
                 (let ((a!9 (ite (= #xb actc)
                                 #b00
                                 (ite (= #xc actc)
                                      (ite a!8 #b11 p.pending)
                                      (ite (= #xd actc) #b00 p.pending)))))
                 (let ((a!10 (ite (= #x8 actc)
                                  (ite (or cfg.enable_vmware_backdoor
                                           a!3
                                           (not a!4)
                                           (not a!5))
                                       #b01
                                       p.pending)
                                  (ite (= #x9 actc)
                                       #b00
                                       (ite (= #xa actc)
                                            (ite a!7 #b10 p.pending)
                                            a!9)))))
                   (and (not (= x!1 #xf))
                        (ite (= #x2 actc) true p.has_run)
                        (= (ite (= #x2 actc) #b01 a!1) #b01)
                        (= a!10 #b00)))))))
                 :weight 0)))
      (a!23 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (ite (= #x3 actc)
                                 #b10
                                 (ite (= #x4 actc)
                                      #b01
                                      (ite (= #x5 actc) #b00 p.ctx)))))
                   (and (not (= x!1 #xf)) (= (ite (= #x2 actc) #b01 a!1) #b01)))
                 :weight 0)))
      (a!24 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (ite (= #x3 actc)
                                 #b10
                                 (ite (= #x4 actc)
                                      #b01
                                      (ite (= #x5 actc) #b00 p.ctx)))))
                   (and (not (= x!1 #xf)) (= (ite (= #x2 actc) #b01 a!1) #b00)))
                 :weight 0)))
      (a!25 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (ite (= #x3 actc)
                                 #b10
                                 (ite (= #x4 actc)
                                      #b01
                                      (ite (= #x5 actc) #b00 p.ctx))))
                       (a!2 (not (and cfg.enable_mediated_pmu
                                      (not (= #x00 p.pmu_version)))))
                       (a!4 (= p.gp_counter_bitmask
                               (bvsub (bvshl #x0000000000000001
                                             ((_ zero_extend 56)
                                               cfg.host_gp_width))
                                      #x0000000000000001)))
                       (a!5 (= p.fixed_counter_bitmask
                               (bvsub (bvshl #x0000000000000001
                                             ((_ zero_extend 56)
                                               cfg.host_fixed_width))
                                      #x0000000000000001)))
                       (a!6 (not (= #b1
                                    ((_ extract 15 15)
                                      (ite p.cpuid_pdcm
                                           p.perf_caps
                                           #x0000000000000000))))))
                 (let ((a!3 (or a!2
                                (not (= p.nr_gp cfg.host_nr_gp))
                                (not (= p.nr_fixed cfg.host_nr_fixed)))))
                 (let ((a!7 (ite (= #x0000038f inc.guest_rdmsr.msr)
                                 (or a!3 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_rdmsr.msr)
                                      (or a!2 a!6)
                                      true)))
                       (a!8 (ite (= #x0000038f inc.guest_wrmsr.msr)
                                 (or a!3 (not (bvugt p.pmu_version #x01)))
                                 (ite (= #x00000329 inc.guest_wrmsr.msr)
                                      (or a!2 a!6)
                                      true))))
                 (let ((a!9 (ite (= #xb actc)
                                 #b00
                                 (ite (= #xc actc)
                                      (ite a!8 #b11 p.pending)
                                      (ite (= #xd actc) #b00 p.pending)))))
                 (let ((a!10 (ite (= #x8 actc)
                                  (ite (or cfg.enable_vmware_backdoor
                                           a!3
                                           (not a!4)
                                           (not a!5))
                                       #b01
                                       p.pending)
                                  (ite (= #x9 actc)
                                       #b00
                                       (ite (= #xa actc)
                                            (ite a!7 #b10 p.pending)
                                            a!9)))))
                   (and (not (= x!1 #xf))
                        (= (ite (= #x2 actc) #b01 a!1) #b00)
                        (= a!10 #b00)))))))
                 :weight 0)))
      (a!26 (exists ((x!1 (_ BitVec 64))
                     (x!2 (_ BitVec 8))
                     (x!3 (_ BitVec 8))
                     (x!4 (_ BitVec 8))
                     (x!5 (_ BitVec 64))
                     (x!6 (_ BitVec 64))
                     (x!7 (_ BitVec 64))
                     (x!8 (_ BitVec 4))
                     (x!9 (_ BitVec 64)))
              (! (let ((a!1 (bvor (bvnot inc.kvm_set_perf_capabilities.data)
                                  (concat (ite (and cfg.enable_mediated_pmu
                                                    cfg.host_perf_metrics)
                                               #b00000000000000000000000000000000000000000000000010
                                               #b00000000000000000000000000000000000000000000000000)
                                          #b10000000000000)))
                       (a!4 (bvor (bvnot x!9)
                                  (concat (ite (and cfg.host_perf_metrics
                                                    cfg.enable_mediated_pmu)
                                               #b00000000000000000000000000000000000000000000000010
                                               #b00000000000000000000000000000000000000000000000000)
                                          #b10000000000000)))
                       (a!6 (ite (bvult inc.kvm_set_cpuid.version
                                        (ite (bvult cfg.host_pmu_version #x02)
                                             cfg.host_pmu_version
                                             #x02))
                                 inc.kvm_set_cpuid.version
                                 (ite (bvult cfg.host_pmu_version #x02)
                                      cfg.host_pmu_version
                                      #x02)))
                       (a!7 (bvshl #x0000000000000001
                                   ((_ zero_extend 56)
                                     (ite (bvult inc.kvm_set_cpuid.fixed_width
                                                 cfg.host_fixed_width)
                                          inc.kvm_set_cpuid.fixed_width
                                          cfg.host_fixed_width))))
                       (a!8 (ite (bvult p.cpuid_version
                                        (ite (bvult cfg.host_pmu_version #x02)
                                             cfg.host_pmu_version
                                             #x02))
                                 p.cpuid_version
                                 (ite (bvult cfg.host_pmu_version #x02)
                                      cfg.host_pmu_version
                                      #x02)))
                       (a!9 (bvshl #x0000000000000001
                                   ((_ zero_extend 56)
                                     (ite (bvult p.cpuid_fixed_width
                                                 cfg.host_fixed_width)
                                          p.cpuid_fixed_width
                                          cfg.host_fixed_width))))
                       (a!12 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                         #b000000))
                                 (bvule #b10
                                        ((_ extract 1 0) cfg.host_pmu_version))))
                       (a!15 (ite (bvule cfg.host_fixed_width
                                         (ite (= #x0 actc)
                                              inc.kvm_set_cpuid.fixed_width
                                              p.cpuid_fixed_width))
                                  cfg.host_fixed_width
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.fixed_width
                                       p.cpuid_fixed_width)))
                       (a!18 (ite (bvult inc.kvm_set_cpuid.gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  inc.kvm_set_cpuid.gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!20 (ite (bvult inc.kvm_set_cpuid.fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  inc.kvm_set_cpuid.fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!22 (ite (= #b1
                                     ((_ extract 15 15)
                                       (ite inc.kvm_set_cpuid.pdcm
                                            p.perf_caps
                                            #x0000000000000000)))
                                  #x0001000000000000
                                  #x0000000000000000))
                       (a!24 (ite (bvult p.cpuid_nr_gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  p.cpuid_nr_gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!26 (ite (bvult p.cpuid_nr_fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  p.cpuid_nr_fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!33 (or (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))
                                 (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))))
                       (a!36 (or (bvule #b100
                                        ((_ extract 2 0) cfg.host_nr_fixed))
                                 (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                         #b00000))))
                       (a!45 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvult inc.kvm_set_cpuid.gp_width
                                                  cfg.host_gp_width)
                                           inc.kvm_set_cpuid.gp_width
                                           cfg.host_gp_width))))
                       (a!46 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvult p.cpuid_gp_width
                                                  cfg.host_gp_width)
                                           p.cpuid_gp_width
                                           cfg.host_gp_width))))
                       (a!49 (ite (bvule cfg.host_gp_width
                                         (ite (= #x0 actc)
                                              inc.kvm_set_cpuid.gp_width
                                              p.cpuid_gp_width))
                                  cfg.host_gp_width
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.gp_width
                                       p.cpuid_gp_width)))
                       (a!52 (ite (= #x3 actc)
                                  #b10
                                  (ite (= #x4 actc)
                                       #b01
                                       (ite (= #x5 actc) #b00 p.ctx)))))
                 (let ((a!2 (or (not p.cpuid_pdcm)
                                (not (= (bvnot a!1) #x0000000000000000))))
                       (a!5 (or (not (ite (= #x0 actc)
                                          inc.kvm_set_cpuid.pdcm
                                          p.cpuid_pdcm))
                                (not (= (bvnot a!4) #x0000000000000000))))
                       (a!13 (bvule (ite a!12 #x02 cfg.host_pmu_version)
                                    (ite (= #x0 actc)
                                         inc.kvm_set_cpuid.version
                                         p.cpuid_version)))
                       (a!19 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (= #x00 a!6) #x00 a!18))))
                       (a!21 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvugt a!6 #x01) a!20 #x00))))
                       (a!34 (ite (bvule (ite a!33 #x08 cfg.host_nr_gp)
                                         (ite (= #x0 actc)
                                              inc.kvm_set_cpuid.gp
                                              p.cpuid_nr_gp))
                                  (ite a!33 #x08 cfg.host_nr_gp)
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.gp
                                       p.cpuid_nr_gp)))
                       (a!37 (ite (bvule (ite a!36 #x04 cfg.host_nr_fixed)
                                         (ite (= #x0 actc)
                                              inc.kvm_set_cpuid.fixed
                                              p.cpuid_nr_fixed))
                                  (ite a!36 #x04 cfg.host_nr_fixed)
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.fixed
                                       p.cpuid_nr_fixed))))
                 (let ((a!3 (ite (= #x1 actc)
                                 (ite (not a!2)
                                      inc.kvm_set_perf_capabilities.data
                                      p.perf_caps)
                                 p.perf_caps))
                       (a!10 (ite (bvugt (ite (not a!2) a!8 p.pmu_version) #x01)
                                  (ite (not a!2)
                                       (bvsub a!9 #x0000000000000001)
                                       p.fixed_counter_bitmask)
                                  (ite (not a!2)
                                       #x0000000000000000
                                       p.fixed_counter_bitmask)))
                       (a!14 (ite a!13
                                  (ite a!12
                                       #b0000001
                                       ((_ extract 7 1) cfg.host_pmu_version))
                                  ((_ extract 7 1)
                                    (ite (= #x0 actc)
                                         inc.kvm_set_cpuid.version
                                         p.cpuid_version))))
                       (a!16 (ite a!5
                                  x!6
                                  (bvadd #xffffffffffffffff
                                         (bvshl #x0000000000000001
                                                (concat #x00000000000000 a!15)))))
                       (a!23 (bvnot (bvor (bvsub a!19 #x0000000000000001)
                                          (bvshl (bvsub a!21 #x0000000000000001)
                                                 #x0000000000000020)
                                          a!22)))
                       (a!25 (ite (= #x00 (ite (not a!2) a!8 p.pmu_version))
                                  (ite (not a!2) #x00 p.nr_gp)
                                  (ite (not a!2) a!24 p.nr_gp)))
                       (a!27 (ite (bvugt (ite (not a!2) a!8 p.pmu_version) #x01)
                                  (ite (not a!2) a!26 p.nr_fixed)
                                  (ite (not a!2) #x00 p.nr_fixed)))
                       (a!29 ((_ extract 15 15)
                               (ite p.cpuid_pdcm
                                    (ite (not a!2)
                                         inc.kvm_set_perf_capabilities.data
                                         p.perf_caps)
                                    #x0000000000000000)))
                       (a!32 (ite a!13
                                  (ite a!12 #x02 cfg.host_pmu_version)
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.version
                                       p.cpuid_version)))
                       (a!40 (and (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.pdcm
                                       p.cpuid_pdcm)
                                  (ite a!5
                                       (= ((_ extract 15 15) x!1) #b1)
                                       (= ((_ extract 15 15) x!9) #b1))))
                       (a!44 (ite (= #x0 actc)
                                  a!6
                                  (ite (= #x1 actc)
                                       (ite (not a!2) a!8 p.pmu_version)
                                       p.pmu_version)))
                       (a!47 (ite (= #x00 (ite (not a!2) a!8 p.pmu_version))
                                  (ite (not a!2)
                                       #x0000000000000000
                                       p.gp_counter_bitmask)
                                  (ite (not a!2)
                                       (bvsub a!46 #x0000000000000001)
                                       p.gp_counter_bitmask)))
                       (a!50 (ite a!5
                                  x!5
                                  (bvadd #xffffffffffffffff
                                         (bvshl #x0000000000000001
                                                (concat #x00000000000000 a!49))))))
                 (let ((a!11 (ite (= #x0 actc)
                                  (ite (bvugt a!6 #x01)
                                       (bvsub a!7 #x0000000000000001)
                                       #x0000000000000000)
                                  (ite (= #x1 actc)
                                       a!10
                                       p.fixed_counter_bitmask)))
                       (a!17 (ite (= (ite a!5 ((_ extract 7 1) x!2) a!14)
                                     #b0000000)
                                  (ite a!5 x!6 #x0000000000000000)
                                  a!16))
                       (a!28 (bvshl (bvsub (bvshl #x0000000000000001
                                                  ((_ zero_extend 56) a!27))
                                           #x0000000000000001)
                                    #x0000000000000020))
                       (a!35 (ite (= (ite a!5 x!2 a!32) #x00)
                                  (ite a!5 x!3 #x00)
                                  (ite a!5 x!3 a!34)))
                       (a!38 (ite (= (ite a!5 ((_ extract 7 1) x!2) a!14)
                                     #b0000000)
                                  (ite a!5 x!4 #x00)
                                  (ite a!5 x!4 a!37)))
                       (a!42 (ite (= #x0 actc)
                                  (ite (bvugt a!6 #x01) a!20 #x00)
                                  (ite (= #x1 actc) a!27 p.nr_fixed)))
                       (a!43 (ite (= #x0 actc)
                                  (ite (= #x00 a!6) #x00 a!18)
                                  (ite (= #x1 actc) a!25 p.nr_gp)))
                       (a!48 (ite (= #x0 actc)
                                  (ite (= #x00 a!6)
                                       #x0000000000000000
                                       (bvsub a!45 #x0000000000000001))
                                  (ite (= #x1 actc) a!47 p.gp_counter_bitmask))))
                 (let ((a!30 (bvor (bvsub (bvshl #x0000000000000001
                                                 ((_ zero_extend 56) a!25))
                                          #x0000000000000001)
                                   a!28
                                   (ite (= #b1 a!29)
                                        #x0001000000000000
                                        #x0000000000000000)))
                       (a!39 (bvadd #xffffffff
                                    ((_ extract 31 0)
                                      (bvshl #x0000000000000001
                                             (concat #x00000000000000 a!38)))))
                       (a!51 (= a!48
                                (ite (= (ite a!5 x!2 a!32) #x00)
                                     (ite a!5 x!5 #x0000000000000000)
                                     a!50))))
                 (let ((a!31 (ite (= #x0 actc)
                                  a!23
                                  (ite (= #x1 actc)
                                       (ite (not a!2)
                                            (bvnot a!30)
                                            p.global_ctrl_rsvd)
                                       p.global_ctrl_rsvd)))
                       (a!41 (bvor (bvadd #xffffffffffffffff
                                          (bvshl #x0000000000000001
                                                 (concat #x00000000000000 a!35)))
                                   (concat a!39 #x00000000)
                                   (ite a!40
                                        #x0001000000000000
                                        #x0000000000000000))))
                   (and (= a!3 (ite a!5 x!1 x!9))
                        (= a!11 a!17)
                        (= a!31 (ite a!5 x!7 (bvnot a!41)))
                        (not (= x!8 #xf))
                        (= a!42 a!38)
                        (= a!43 a!35)
                        (= a!44 (ite a!5 x!2 a!32))
                        a!51
                        (not (ite (= #x2 actc) true p.has_run))
                        (= (ite (= #x2 actc) #b01 a!52) #b00))))))))
                 :weight 0)))
      (a!27 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (ite (bvult inc.kvm_set_cpuid.version
                                        (ite (bvult cfg.host_pmu_version #x02)
                                             cfg.host_pmu_version
                                             #x02))
                                 inc.kvm_set_cpuid.version
                                 (ite (bvult cfg.host_pmu_version #x02)
                                      cfg.host_pmu_version
                                      #x02)))
                       (a!2 (bvshl #x0000000000000001
                                   ((_ zero_extend 56)
                                     (ite (bvult inc.kvm_set_cpuid.gp_width
                                                 cfg.host_gp_width)
                                          inc.kvm_set_cpuid.gp_width
                                          cfg.host_gp_width))))
                       (a!3 (bvor (bvnot inc.kvm_set_perf_capabilities.data)
                                  (concat (ite (and cfg.enable_mediated_pmu
                                                    cfg.host_perf_metrics)
                                               #b00000000000000000000000000000000000000000000000010
                                               #b00000000000000000000000000000000000000000000000000)
                                          #b10000000000000)))
                       (a!5 (ite (bvult p.cpuid_version
                                        (ite (bvult cfg.host_pmu_version #x02)
                                             cfg.host_pmu_version
                                             #x02))
                                 p.cpuid_version
                                 (ite (bvult cfg.host_pmu_version #x02)
                                      cfg.host_pmu_version
                                      #x02)))
                       (a!6 (bvshl #x0000000000000001
                                   ((_ zero_extend 56)
                                     (ite (bvult p.cpuid_gp_width
                                                 cfg.host_gp_width)
                                          p.cpuid_gp_width
                                          cfg.host_gp_width))))
                       (a!9 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                        #b000000))
                                (bvule #b10
                                       ((_ extract 1 0) cfg.host_pmu_version))))
                       (a!12 (ite (bvule cfg.host_gp_width
                                         (ite (= #x0 actc)
                                              inc.kvm_set_cpuid.gp_width
                                              p.cpuid_gp_width))
                                  cfg.host_gp_width
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.gp_width
                                       p.cpuid_gp_width)))
                       (a!14 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvult inc.kvm_set_cpuid.fixed_width
                                                  cfg.host_fixed_width)
                                           inc.kvm_set_cpuid.fixed_width
                                           cfg.host_fixed_width))))
                       (a!15 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvult p.cpuid_fixed_width
                                                  cfg.host_fixed_width)
                                           p.cpuid_fixed_width
                                           cfg.host_fixed_width))))
                       (a!19 (ite (bvule cfg.host_fixed_width
                                         (ite (= #x0 actc)
                                              inc.kvm_set_cpuid.fixed_width
                                              p.cpuid_fixed_width))
                                  cfg.host_fixed_width
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.fixed_width
                                       p.cpuid_fixed_width)))
                       (a!21 (ite (bvult inc.kvm_set_cpuid.gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  inc.kvm_set_cpuid.gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!22 (ite (bvult p.cpuid_nr_gp
                                         (ite (bvult cfg.host_nr_gp #x08)
                                              cfg.host_nr_gp
                                              #x08))
                                  p.cpuid_nr_gp
                                  (ite (bvult cfg.host_nr_gp #x08)
                                       cfg.host_nr_gp
                                       #x08)))
                       (a!25 (or (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))
                                 (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))))
                       (a!28 (ite (bvult inc.kvm_set_cpuid.fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  inc.kvm_set_cpuid.fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!29 (ite (bvult p.cpuid_nr_fixed
                                         (ite (bvult cfg.host_nr_fixed #x04)
                                              cfg.host_nr_fixed
                                              #x04))
                                  p.cpuid_nr_fixed
                                  (ite (bvult cfg.host_nr_fixed #x04)
                                       cfg.host_nr_fixed
                                       #x04)))
                       (a!32 (or (bvule #b100
                                        ((_ extract 2 0) cfg.host_nr_fixed))
                                 (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                         #b00000))))
                       (a!36 (ite (= #b1
                                     ((_ extract 15 15)
                                       (ite inc.kvm_set_cpuid.pdcm
                                            p.perf_caps
                                            #x0000000000000000)))
                                  #x0001000000000000
                                  #x0000000000000000))
                       (a!47 (ite (= #x3 actc)
                                  #b10
                                  (ite (= #x4 actc)
                                       #b01
                                       (ite (= #x5 actc) #b00 p.ctx)))))
                 (let ((a!4 (or (not p.cpuid_pdcm)
                                (not (= (bvnot a!3) #x0000000000000000))))
                       (a!10 (bvule (ite a!9 #x02 cfg.host_pmu_version)
                                    (ite (= #x0 actc)
                                         inc.kvm_set_cpuid.version
                                         p.cpuid_version)))
                       (a!26 (ite (bvule (ite a!25 #x08 cfg.host_nr_gp)
                                         (ite (= #x0 actc)
                                              inc.kvm_set_cpuid.gp
                                              p.cpuid_nr_gp))
                                  (ite a!25 #x08 cfg.host_nr_gp)
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.gp
                                       p.cpuid_nr_gp)))
                       (a!33 (ite (bvule (ite a!32 #x04 cfg.host_nr_fixed)
                                         (ite (= #x0 actc)
                                              inc.kvm_set_cpuid.fixed
                                              p.cpuid_nr_fixed))
                                  (ite a!32 #x04 cfg.host_nr_fixed)
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.fixed
                                       p.cpuid_nr_fixed)))
                       (a!34 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (= #x00 a!1) #x00 a!21))))
                       (a!35 (bvshl #x0000000000000001
                                    ((_ zero_extend 56)
                                      (ite (bvugt a!1 #x01) a!28 #x00)))))
                 (let ((a!7 (ite (= #x00 (ite (not a!4) a!5 p.pmu_version))
                                 (ite (not a!4)
                                      #x0000000000000000
                                      p.gp_counter_bitmask)
                                 (ite (not a!4)
                                      (bvsub a!6 #x0000000000000001)
                                      p.gp_counter_bitmask)))
                       (a!11 (ite a!10
                                  (ite a!9 #x02 cfg.host_pmu_version)
                                  (ite (= #x0 actc)
                                       inc.kvm_set_cpuid.version
                                       p.cpuid_version)))
                       (a!16 (ite (bvugt (ite (not a!4) a!5 p.pmu_version) #x01)
                                  (ite (not a!4)
                                       (bvsub a!15 #x0000000000000001)
                                       p.fixed_counter_bitmask)
                                  (ite (not a!4)
                                       #x0000000000000000
                                       p.fixed_counter_bitmask)))
                       (a!18 (ite a!10
                                  (ite a!9
                                       #b0000001
                                       ((_ extract 7 1) cfg.host_pmu_version))
                                  ((_ extract 7 1)
                                    (ite (= #x0 actc)
                                         inc.kvm_set_cpuid.version
                                         p.cpuid_version))))
                       (a!23 (ite (= #x00 (ite (not a!4) a!5 p.pmu_version))
                                  (ite (not a!4) #x00 p.nr_gp)
                                  (ite (not a!4) a!22 p.nr_gp)))
                       (a!27 (ite (= #x0 actc)
                                  a!1
                                  (ite (= #x1 actc)
                                       (ite (not a!4) a!5 p.pmu_version)
                                       p.pmu_version)))
                       (a!30 (ite (bvugt (ite (not a!4) a!5 p.pmu_version) #x01)
                                  (ite (not a!4) a!29 p.nr_fixed)
                                  (ite (not a!4) #x00 p.nr_fixed)))
                       (a!37 (bvnot (bvor (bvsub a!34 #x0000000000000001)
                                          (bvshl (bvsub a!35 #x0000000000000001)
                                                 #x0000000000000020)
                                          a!36)))
                       (a!39 ((_ extract 15 15)
                               (ite p.cpuid_pdcm
                                    (ite (not a!4)
                                         inc.kvm_set_perf_capabilities.data
                                         p.perf_caps)
                                    #x0000000000000000)))
                       (a!44 (ite (= #x1 actc)
                                  (ite (not a!4)
                                       inc.kvm_set_perf_capabilities.data
                                       p.perf_caps)
                                  p.perf_caps)))
                 (let ((a!8 (ite (= #x0 actc)
                                 (ite (= #x00 a!1)
                                      #x0000000000000000
                                      (bvsub a!2 #x0000000000000001))
                                 (ite (= #x1 actc) a!7 p.gp_counter_bitmask)))
                       (a!13 (ite (= a!11 #x00)
                                  #x0000000000000000
                                  (bvadd #xffffffffffffffff
                                         (bvshl #x0000000000000001
                                                (concat #x00000000000000 a!12)))))
                       (a!17 (ite (= #x0 actc)
                                  (ite (bvugt a!1 #x01)
                                       (bvsub a!14 #x0000000000000001)
                                       #x0000000000000000)
                                  (ite (= #x1 actc)
                                       a!16
                                       p.fixed_counter_bitmask)))
                       (a!20 (ite (= a!18 #b0000000)
                                  #x0000000000000000
                                  (bvadd #xffffffffffffffff
                                         (bvshl #x0000000000000001
                                                (concat #x00000000000000 a!19)))))
                       (a!24 (ite (= #x0 actc)
                                  (ite (= #x00 a!1) #x00 a!21)
                                  (ite (= #x1 actc) a!23 p.nr_gp)))
                       (a!31 (ite (= #x0 actc)
                                  (ite (bvugt a!1 #x01) a!28 #x00)
                                  (ite (= #x1 actc) a!30 p.nr_fixed)))
                       (a!38 (bvshl (bvsub (bvshl #x0000000000000001
                                                  ((_ zero_extend 56) a!30))
                                           #x0000000000000001)
                                    #x0000000000000020))
                       (a!42 (bvshl #x0000000000000001
                                    (concat #x00000000000000
                                            (ite (= a!11 #x00) #x00 a!26))))
                       (a!43 (bvshl #x0000000000000001
                                    (concat #x00000000000000
                                            (ite (= a!18 #b0000000) #x00 a!33))))
                       (a!45 (ite (and (ite (= #x0 actc)
                                            inc.kvm_set_cpuid.pdcm
                                            p.cpuid_pdcm)
                                       (= ((_ extract 15 15) a!44) #b1))
                                  #x0001000000000000
                                  #x0000000000000000)))
                 (let ((a!40 (bvor (bvsub (bvshl #x0000000000000001
                                                 ((_ zero_extend 56) a!23))
                                          #x0000000000000001)
                                   a!38
                                   (ite (= #b1 a!39)
                                        #x0001000000000000
                                        #x0000000000000000)))
                       (a!46 (bvor (bvadd #xffffffffffffffff a!42)
                                   (concat (bvadd #xffffffff
                                                  ((_ extract 31 0) a!43))
                                           #x00000000)
                                   a!45)))
                 (let ((a!41 (ite (= #x0 actc)
                                  a!37
                                  (ite (= #x1 actc)
                                       (ite (not a!4)
                                            (bvnot a!40)
                                            p.global_ctrl_rsvd)
                                       p.global_ctrl_rsvd))))
                   (and (= a!8 a!13)
                        (= a!17 a!20)
                        (not (= x!1 #xf))
                        (= a!24 (ite (= a!11 #x00) #x00 a!26))
                        (= a!27 a!11)
                        (= a!31 (ite (= a!18 #b0000000) #x00 a!33))
                        (= a!41 (bvnot a!46))
                        (not (ite (= #x2 actc) true p.has_run))
                        (= (ite (= #x2 actc) #b01 a!47) #b00))))))))
                 :weight 0)))
      (a!28 (bvor (bvnot inc.kvm_set_perf_capabilities.data)
                  (concat (ite (and cfg.enable_mediated_pmu
                                    cfg.host_perf_metrics)
                               #b00000000000000000000000000000000000000000000000010
                               #b00000000000000000000000000000000000000000000000000)
                          #b10000000000000)))
      (a!32 (ite (bvult inc.kvm_set_cpuid.version
                        (ite (bvult cfg.host_pmu_version #x02)
                             cfg.host_pmu_version
                             #x02))
                 inc.kvm_set_cpuid.version
                 (ite (bvult cfg.host_pmu_version #x02)
                      cfg.host_pmu_version
                      #x02)))
      (a!33 (ite (bvult p.cpuid_version
                        (ite (bvult cfg.host_pmu_version #x02)
                             cfg.host_pmu_version
                             #x02))
                 p.cpuid_version
                 (ite (bvult cfg.host_pmu_version #x02)
                      cfg.host_pmu_version
                      #x02)))
      (a!35 (ite (bvult inc.kvm_set_cpuid.gp
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 inc.kvm_set_cpuid.gp
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!36 (ite (bvult p.cpuid_nr_gp
                        (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08))
                 p.cpuid_nr_gp
                 (ite (bvult cfg.host_nr_gp #x08) cfg.host_nr_gp #x08)))
      (a!39 (ite (bvult inc.kvm_set_cpuid.fixed
                        (ite (bvult cfg.host_nr_fixed #x04)
                             cfg.host_nr_fixed
                             #x04))
                 inc.kvm_set_cpuid.fixed
                 (ite (bvult cfg.host_nr_fixed #x04) cfg.host_nr_fixed #x04)))
      (a!40 (ite (bvult p.cpuid_nr_fixed
                        (ite (bvult cfg.host_nr_fixed #x04)
                             cfg.host_nr_fixed
                             #x04))
                 p.cpuid_nr_fixed
                 (ite (bvult cfg.host_nr_fixed #x04) cfg.host_nr_fixed #x04)))
      (a!43 (bvshl #x0000000000000001
                   ((_ zero_extend 56)
                     (ite (bvult inc.kvm_set_cpuid.gp_width cfg.host_gp_width)
                          inc.kvm_set_cpuid.gp_width
                          cfg.host_gp_width))))
      (a!44 (bvshl #x0000000000000001
                   ((_ zero_extend 56)
                     (ite (bvult p.cpuid_gp_width cfg.host_gp_width)
                          p.cpuid_gp_width
                          cfg.host_gp_width))))
      (a!47 (bvshl #x0000000000000001
                   ((_ zero_extend 56)
                     (ite (bvult inc.kvm_set_cpuid.fixed_width
                                 cfg.host_fixed_width)
                          inc.kvm_set_cpuid.fixed_width
                          cfg.host_fixed_width))))
      (a!48 (bvshl #x0000000000000001
                   ((_ zero_extend 56)
                     (ite (bvult p.cpuid_fixed_width cfg.host_fixed_width)
                          p.cpuid_fixed_width
                          cfg.host_fixed_width))))
      (a!53 (ite (= #b1
                    ((_ extract 15 15)
                      (ite inc.kvm_set_cpuid.pdcm
                           p.perf_caps
                           #x0000000000000000)))
                 #x0001000000000000
                 #x0000000000000000))
      (a!59 (ite (= #x3 actc)
                 #b10
                 (ite (= #x4 actc) #b01 (ite (= #x5 actc) #b00 p.ctx))))
      (a!60 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version)))))
      (a!62 (= p.gp_counter_bitmask
               (bvsub (bvshl #x0000000000000001
                             ((_ zero_extend 56) cfg.host_gp_width))
                      #x0000000000000001)))
      (a!63 (= p.fixed_counter_bitmask
               (bvsub (bvshl #x0000000000000001
                             ((_ zero_extend 56) cfg.host_fixed_width))
                      #x0000000000000001)))
      (a!64 (not (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000))))))
(let ((a!16 (or a!1
                a!2
                a!3
                a!4
                a!5
                a!6
                a!7
                a!8
                a!9
                a!10
                (and (bvule ((_ extract 5 0) cfg.host_gp_width) #b110000)
                     (bvule ((_ extract 5 0) cfg.host_fixed_width) #b110000)
                     (= ((_ extract 7 6) cfg.host_gp_width) #b00)
                     (= ((_ extract 7 6) cfg.host_fixed_width) #b00)
                     (= ((_ extract 7 3) cfg.host_nr_fixed) #b00000)
                     (bvule ((_ extract 2 0) cfg.host_nr_fixed) #b100)
                     (= ((_ extract 7 4) cfg.host_nr_gp) #x0)
                     (bvule ((_ extract 3 0) cfg.host_nr_gp) #x8)
                     a!11
                     a!12
                     a!13
                     a!14
                     (or (not cfg.host_perf_metrics) (= cfg.host_nr_fixed #x04))
                     a!15
                     (not p.has_run)
                     (= p.cpuid_version #x00)
                     (= p.cpuid_nr_gp #x00)
                     (= p.cpuid_gp_width #x00)
                     (= p.cpuid_nr_fixed #x00)
                     (= p.cpuid_fixed_width #x00)
                     (not p.cpuid_pdcm)
                     (= p.pmu_version #x00)
                     (= p.nr_gp #x00)
                     (= p.nr_fixed #x00)
                     (= p.gp_counter_bitmask #x0000000000000000)
                     (= p.fixed_counter_bitmask #x0000000000000000)
                     (= p.global_ctrl_rsvd #xffffffffffffffff)
                     (= p.ctx #b00)
                     (= p.pending #b00)
                     (= p.pending_index #x00000000)
                     (= p.pending_data #x0000000000000000))))
      (a!29 (or (not p.cpuid_pdcm) (not (= (bvnot a!28) #x0000000000000000))))
      (a!51 (bvshl #x0000000000000001
                   ((_ zero_extend 56) (ite (= #x00 a!32) #x00 a!35))))
      (a!52 (bvshl #x0000000000000001
                   ((_ zero_extend 56) (ite (bvugt a!32 #x01) a!39 #x00))))
      (a!61 (or a!60
                (not (= p.nr_gp cfg.host_nr_gp))
                (not (= p.nr_fixed cfg.host_nr_fixed)))))
(let ((a!30 (ite (= #x1 actc)
                 (ite (not a!29) inc.kvm_set_perf_capabilities.data p.perf_caps)
                 p.perf_caps))
      (a!34 (ite (= #x0 actc)
                 a!32
                 (ite (= #x1 actc)
                      (ite (not a!29) a!33 p.pmu_version)
                      p.pmu_version)))
      (a!37 (ite (= #x00 (ite (not a!29) a!33 p.pmu_version))
                 (ite (not a!29) #x00 p.nr_gp)
                 (ite (not a!29) a!36 p.nr_gp)))
      (a!41 (ite (bvugt (ite (not a!29) a!33 p.pmu_version) #x01)
                 (ite (not a!29) a!40 p.nr_fixed)
                 (ite (not a!29) #x00 p.nr_fixed)))
      (a!45 (ite (= #x00 (ite (not a!29) a!33 p.pmu_version))
                 (ite (not a!29) #x0000000000000000 p.gp_counter_bitmask)
                 (ite (not a!29)
                      (bvsub a!44 #x0000000000000001)
                      p.gp_counter_bitmask)))
      (a!49 (ite (bvugt (ite (not a!29) a!33 p.pmu_version) #x01)
                 (ite (not a!29)
                      (bvsub a!48 #x0000000000000001)
                      p.fixed_counter_bitmask)
                 (ite (not a!29) #x0000000000000000 p.fixed_counter_bitmask)))
      (a!54 (bvnot (bvor (bvsub a!51 #x0000000000000001)
                         (bvshl (bvsub a!52 #x0000000000000001)
                                #x0000000000000020)
                         a!53)))
      (a!56 ((_ extract 15 15)
              (ite p.cpuid_pdcm
                   (ite (not a!29)
                        inc.kvm_set_perf_capabilities.data
                        p.perf_caps)
                   #x0000000000000000)))
      (a!65 (ite (= #x0000038f inc.guest_rdmsr.msr)
                 (or a!61 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inc.guest_rdmsr.msr) (or a!60 a!64) true)))
      (a!66 (ite (= #x0000038f inc.guest_wrmsr.msr)
                 (or a!61 (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 inc.guest_wrmsr.msr) (or a!60 a!64) true))))
(let ((a!31 (= a!30
               (concat (ite (and cfg.host_perf_metrics cfg.enable_mediated_pmu)
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       #b10000000000000)))
      (a!38 (ite (= #x0 actc)
                 (ite (= #x00 a!32) #x00 a!35)
                 (ite (= #x1 actc) a!37 p.nr_gp)))
      (a!42 (ite (= #x0 actc)
                 (ite (bvugt a!32 #x01) a!39 #x00)
                 (ite (= #x1 actc) a!41 p.nr_fixed)))
      (a!46 (ite (= #x0 actc)
                 (ite (= #x00 a!32)
                      #x0000000000000000
                      (bvsub a!43 #x0000000000000001))
                 (ite (= #x1 actc) a!45 p.gp_counter_bitmask)))
      (a!50 (ite (= #x0 actc)
                 (ite (bvugt a!32 #x01)
                      (bvsub a!47 #x0000000000000001)
                      #x0000000000000000)
                 (ite (= #x1 actc) a!49 p.fixed_counter_bitmask)))
      (a!55 (bvshl (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!41))
                          #x0000000000000001)
                   #x0000000000000020))
      (a!67 (ite (= #xb actc)
                 #b00
                 (ite (= #xc actc)
                      (ite a!66 #b11 p.pending)
                      (ite (= #xd actc) #b00 p.pending))))
      (a!69 (ite (= #x8 actc)
                 (ite (or cfg.enable_vmware_backdoor a!61 (not a!62) (not a!63))
                      inc.guest_rdpmc.ecx
                      p.pending_index)
                 (ite (= #xa actc)
                      (ite a!65 inc.guest_rdmsr.msr p.pending_index)
                      (ite (= #xc actc)
                           (ite a!66 inc.guest_wrmsr.msr p.pending_index)
                           p.pending_index)))))
(let ((a!57 (bvor (bvsub (bvshl #x0000000000000001 ((_ zero_extend 56) a!37))
                         #x0000000000000001)
                  a!55
                  (ite (= #b1 a!56) #x0001000000000000 #x0000000000000000)))
      (a!68 (ite (= #x8 actc)
                 (ite (or cfg.enable_vmware_backdoor a!61 (not a!62) (not a!63))
                      #b01
                      p.pending)
                 (ite (= #x9 actc)
                      #b00
                      (ite (= #xa actc) (ite a!65 #b10 p.pending) a!67)))))
(let ((a!58 (ite (= #x0 actc)
                 a!54
                 (ite (= #x1 actc)
                      (ite (not a!29) (bvnot a!57) p.global_ctrl_rsvd)
                      p.global_ctrl_rsvd))))
(let ((a!70 (and (bvule ((_ extract 5 0) cfg.host_gp_width) #b110000)
                 (bvule ((_ extract 5 0) cfg.host_fixed_width) #b110000)
                 (= ((_ extract 7 6) cfg.host_gp_width) #b00)
                 (= ((_ extract 7 6) cfg.host_fixed_width) #b00)
                 (= ((_ extract 7 3) cfg.host_nr_fixed) #b00000)
                 (bvule ((_ extract 2 0) cfg.host_nr_fixed) #b100)
                 (= ((_ extract 7 4) cfg.host_nr_gp) #x0)
                 (bvule ((_ extract 3 0) cfg.host_nr_gp) #x8)
                 a!11
                 a!12
                 a!13
                 a!14
                 (or (not cfg.host_perf_metrics) (= cfg.host_nr_fixed #x04))
                 a!31
                 (not (ite (= #x2 actc) true p.has_run))
                 (= (ite (= #x0 actc) inc.kvm_set_cpuid.version p.cpuid_version)
                    #x00)
                 (= (ite (= #x0 actc) inc.kvm_set_cpuid.gp p.cpuid_nr_gp) #x00)
                 (= (ite (= #x0 actc)
                         inc.kvm_set_cpuid.gp_width
                         p.cpuid_gp_width)
                    #x00)
                 (= (ite (= #x0 actc) inc.kvm_set_cpuid.fixed p.cpuid_nr_fixed)
                    #x00)
                 (= (ite (= #x0 actc)
                         inc.kvm_set_cpuid.fixed_width
                         p.cpuid_fixed_width)
                    #x00)
                 (not (ite (= #x0 actc) inc.kvm_set_cpuid.pdcm p.cpuid_pdcm))
                 (= a!34 #x00)
                 (= a!38 #x00)
                 (= a!42 #x00)
                 (= a!46 #x0000000000000000)
                 (= a!50 #x0000000000000000)
                 (= a!58 #xffffffffffffffff)
                 (= (ite (= #x2 actc) #b01 a!59) #b00)
                 (= a!68 #b00)
                 (= a!69 #x00000000)
                 (= (ite (= #xc actc)
                         (ite a!66 inc.guest_wrmsr.data p.pending_data)
                         p.pending_data)
                    #x0000000000000000))))
  (and (bvuge cfg.host_nr_gp #x01)
       (bvule cfg.host_nr_gp #x08)
       (bvule cfg.host_nr_fixed #x04)
       (bvuge cfg.host_gp_width #x20)
       (bvule cfg.host_gp_width #x30)
       (bvuge cfg.host_fixed_width #x20)
       (bvule cfg.host_fixed_width #x30)
       (=> cfg.host_perf_metrics (= #x04 cfg.host_nr_fixed))
       (=> cfg.enable_mediated_pmu (bvuge cfg.host_pmu_version #x04))
       a!16
       a!17
       (bvult actc #xf)
       (not (or a!18 a!19 a!20 a!21 a!22 a!23 a!24 a!25 a!26 a!27 a!70)))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
             (! (let ((a!1 (= p.gp_counter_bitmask
                              (bvadd #xffffffffffffffff
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000
                                                    cfg.host_gp_width)))))
                      (a!2 (= p.fixed_counter_bitmask
                              (bvadd #xffffffffffffffff
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000
                                                    cfg.host_fixed_width))))))
                (let ((a!3 (or (not (= p.nr_gp cfg.host_nr_gp))
                               (not cfg.enable_mediated_pmu)
                               cfg.enable_vmware_backdoor
                               (not (= p.nr_fixed cfg.host_nr_fixed))
                               (= p.pmu_version #x00)
                               (not a!1)
                               (not a!2))))
                  (and (= p.pending (ite a!3 #b01 #b00))
                       (not (= x!2 #xf))
                       (= p.pending_index (ite a!3 x!3 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!2 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32)))
             (! (let ((a!1 (or (not p.cpuid_pdcm)
                               (not (= x!3 #x00000329))
                               (not cfg.enable_mediated_pmu)
                               (not (= ((_ extract 15 15) p.perf_caps) #b1))
                               (= p.pmu_version #x00))))
                (let ((a!2 (ite (= x!3 #x0000038f)
                                (or (not cfg.enable_mediated_pmu)
                                    (not (= p.nr_gp cfg.host_nr_gp))
                                    (not (= p.nr_fixed cfg.host_nr_fixed))
                                    (= p.pmu_version #x00)
                                    (= ((_ extract 7 1) p.pmu_version)
                                       #b0000000))
                                a!1)))
                  (and (= p.pending (ite a!2 #b10 #b00))
                       (not (= x!2 #xf))
                       (or (= x!3 #x0000038f) (= x!3 #x00000329))
                       (= p.pending_index (ite a!2 x!3 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!3 (exists ((x!1 (_ BitVec 32))
                    (x!2 (_ BitVec 64))
                    (x!3 (_ BitVec 4))
                    (x!4 (_ BitVec 32))
                    (x!5 (_ BitVec 64)))
             (! (let ((a!1 (or (not p.cpuid_pdcm)
                               (not (= x!4 #x00000329))
                               (not (= ((_ extract 15 15) p.perf_caps) #b1))
                               (= p.pmu_version #x00)
                               (not cfg.enable_mediated_pmu))))
                (let ((a!2 (ite (= x!4 #x0000038f)
                                (or (= p.pmu_version #x00)
                                    (not cfg.enable_mediated_pmu)
                                    (not (= p.nr_fixed cfg.host_nr_fixed))
                                    (not (= p.nr_gp cfg.host_nr_gp))
                                    (= ((_ extract 7 1) p.pmu_version)
                                       #b0000000))
                                a!1)))
                  (and (= p.pending_data (ite a!2 x!5 x!2))
                       (= p.pending (ite a!2 #b11 #b00))
                       (not (= x!3 #xf))
                       (or (= x!4 #x0000038f) (= x!4 #x00000329))
                       (= p.pending_index (ite a!2 x!4 x!1))
                       (= p.ctx #b10))))
                :weight 0)))
      (a!4 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b10)) :weight 0)))
      (a!5 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf))
                     p.has_run
                     (= p.ctx #b01)
                     (= p.pending #b00))
                :weight 0)))
      (a!6 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b01)) :weight 0)))
      (a!7 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b00)) :weight 0)))
      (a!8 (exists ((x!1 (_ BitVec 4)))
             (! (and (not (= x!1 #xf)) (= p.ctx #b00) (= p.pending #b00))
                :weight 0)))
      (a!9 (exists ((x!1 (_ BitVec 64))
                    (x!2 (_ BitVec 8))
                    (x!3 (_ BitVec 8))
                    (x!4 (_ BitVec 8))
                    (x!5 (_ BitVec 64))
                    (x!6 (_ BitVec 64))
                    (x!7 (_ BitVec 64))
                    (x!8 (_ BitVec 4))
                    (x!9 (_ BitVec 64)))
             (! (let ((a!1 (bvor (bvnot x!9)
                                 (concat (ite (and cfg.host_perf_metrics
                                                   cfg.enable_mediated_pmu)
                                              #b00000000000000000000000000000000000000000000000010
                                              #b00000000000000000000000000000000000000000000000000)
                                         #b10000000000000)))
                      (a!3 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                       #b000000))
                               (bvule #b10
                                      ((_ extract 1 0) cfg.host_pmu_version))))
                      (a!5 (bvshl #x0000000000000001
                                  (concat #x00000000000000
                                          (ite (bvule cfg.host_fixed_width
                                                      p.cpuid_fixed_width)
                                               cfg.host_fixed_width
                                               p.cpuid_fixed_width))))
                      (a!8 (or (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))
                               (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))))
                      (a!11 (or (bvule #b100
                                       ((_ extract 2 0) cfg.host_nr_fixed))
                                (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                        #b00000))))
                      (a!17 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_gp_width
                                                       p.cpuid_gp_width)
                                                cfg.host_gp_width
                                                p.cpuid_gp_width)))))
                (let ((a!2 (or (not p.cpuid_pdcm)
                               (not (= (bvnot a!1) #x0000000000000000))))
                      (a!4 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version)
                                       p.cpuid_version)
                                (ite a!3
                                     #b0000001
                                     ((_ extract 7 1) cfg.host_pmu_version))
                                ((_ extract 7 1) p.cpuid_version)))
                      (a!7 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version)
                                       p.cpuid_version)
                                (ite a!3 #x02 cfg.host_pmu_version)
                                p.cpuid_version))
                      (a!12 (ite (bvule (ite a!11 #x04 cfg.host_nr_fixed)
                                        p.cpuid_nr_fixed)
                                 (ite a!11 #x04 cfg.host_nr_fixed)
                                 p.cpuid_nr_fixed)))
                (let ((a!6 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4)
                                   #b0000000)
                                (ite a!2 x!6 #x0000000000000000)
                                (ite a!2 x!6 (bvadd #xffffffffffffffff a!5))))
                      (a!9 (ite a!2
                                x!3
                                (ite (bvule (ite a!8 #x08 cfg.host_nr_gp)
                                            p.cpuid_nr_gp)
                                     (ite a!8 #x08 cfg.host_nr_gp)
                                     p.cpuid_nr_gp)))
                      (a!13 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4)
                                    #b0000000)
                                 (ite a!2 x!4 #x00)
                                 (ite a!2 x!4 a!12)))
                      (a!15 (and p.cpuid_pdcm
                                 (ite a!2
                                      (= ((_ extract 15 15) x!1) #b1)
                                      (= ((_ extract 15 15) x!9) #b1))))
                      (a!18 (= p.gp_counter_bitmask
                               (ite (= (ite a!2 x!2 a!7) #x00)
                                    (ite a!2 x!5 #x0000000000000000)
                                    (ite a!2
                                         x!5
                                         (bvadd #xffffffffffffffff a!17))))))
                (let ((a!10 (ite (= (ite a!2 x!2 a!7) #x00)
                                 (ite a!2 x!3 #x00)
                                 a!9))
                      (a!14 (bvadd #xffffffff
                                   ((_ extract 31 0)
                                     (bvshl #x0000000000000001
                                            (concat #x00000000000000 a!13))))))
                (let ((a!16 (bvor (bvadd #xffffffffffffffff
                                         (bvshl #x0000000000000001
                                                (concat #x00000000000000 a!10)))
                                  (concat a!14 #x00000000)
                                  (ite a!15
                                       #x0001000000000000
                                       #x0000000000000000))))
                  (and (= p.perf_caps (ite a!2 x!1 x!9))
                       (= p.fixed_counter_bitmask a!6)
                       (= p.global_ctrl_rsvd (ite a!2 x!7 (bvnot a!16)))
                       (not (= x!8 #xf))
                       (= p.nr_fixed a!13)
                       (= p.nr_gp a!10)
                       (= p.pmu_version (ite a!2 x!2 a!7))
                       a!18
                       (not p.has_run)
                       (= p.ctx #b00)))))))
                :weight 0)))
      (a!10 (exists ((x!1 (_ BitVec 4)))
              (! (let ((a!1 (or (not (= ((_ extract 7 2) cfg.host_pmu_version)
                                        #b000000))
                                (bvule #b10
                                       ((_ extract 1 0) cfg.host_pmu_version))))
                       (a!3 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_gp_width
                                                       p.cpuid_gp_width)
                                                cfg.host_gp_width
                                                p.cpuid_gp_width))))
                       (a!5 (bvshl #x0000000000000001
                                   (concat #x00000000000000
                                           (ite (bvule cfg.host_fixed_width
                                                       p.cpuid_fixed_width)
                                                cfg.host_fixed_width
                                                p.cpuid_fixed_width))))
                       (a!6 (or (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp))
                                (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0))))
                       (a!8 (or (bvule #b100
                                       ((_ extract 2 0) cfg.host_nr_fixed))
                                (not (= ((_ extract 7 3) cfg.host_nr_fixed)
                                        #b00000))))
                       (a!11 (ite (and p.cpuid_pdcm
                                       (= ((_ extract 15 15) p.perf_caps) #b1))
                                  #x0001000000000000
                                  #x0000000000000000)))
                 (let ((a!2 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!1 #x02 cfg.host_pmu_version)
                                 p.cpuid_version))
                       (a!4 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version)
                                        p.cpuid_version)
                                 (ite a!1
                                      #b0000001
                                      ((_ extract 7 1) cfg.host_pmu_version))
                                 ((_ extract 7 1) p.cpuid_version)))
                       (a!9 (ite (bvule (ite a!8 #x04 cfg.host_nr_fixed)
                                        p.cpuid_nr_fixed)
                                 (ite a!8 #x04 cfg.host_nr_fixed)
                                 p.cpuid_nr_fixed)))
                 (let ((a!7 (ite (= a!2 #x00)
                                 #x00
                                 (ite (bvule (ite a!6 #x08 cfg.host_nr_gp)
                                             p.cpuid_nr_gp)
                                      (ite a!6 #x08 cfg.host_nr_gp)
                                      p.cpuid_nr_gp)))
                       (a!10 (bvshl #x0000000000000001
                                    (concat #x00000000000000
                                            (ite (= a!4 #b0000000) #x00 a!9)))))
                 (let ((a!12 (bvor (bvadd #xffffffffffffffff
                                          (bvshl #x0000000000000001
                                                 (concat #x00000000000000 a!7)))
                                   (concat (bvadd #xffffffff
                                                  ((_ extract 31 0) a!10))
                                           #x00000000)
                                   a!11)))
                   (and (= p.gp_counter_bitmask
                           (ite (= a!2 #x00)
                                #x0000000000000000
                                (bvadd #xffffffffffffffff a!3)))
                        (= p.fixed_counter_bitmask
                           (ite (= a!4 #b0000000)
                                #x0000000000000000
                                (bvadd #xffffffffffffffff a!5)))
                        (not (= x!1 #xf))
                        (= p.nr_gp a!7)
                        (= p.pmu_version a!2)
                        (= p.nr_fixed (ite (= a!4 #b0000000) #x00 a!9))
                        (= p.global_ctrl_rsvd (bvnot a!12))
                        (not p.has_run)
                        (= p.ctx #b00))))))
                 :weight 0)))
      (a!11 (or (not cfg.enable_mediated_pmu)
                (bvule #b100 ((_ extract 2 0) cfg.host_pmu_version))
                (not (= ((_ extract 7 3) cfg.host_pmu_version) #b00000))))
      (a!12 (or (not (= ((_ extract 7 6) cfg.host_gp_width) #b00))
                (bvule #b100000 ((_ extract 5 0) cfg.host_gp_width))))
      (a!13 (or (not (= ((_ extract 7 6) cfg.host_fixed_width) #b00))
                (bvule #b100000 ((_ extract 5 0) cfg.host_fixed_width))))
      (a!14 (or (not (= ((_ extract 7 1) cfg.host_nr_gp) #b0000000))
                (= ((_ extract 0 0) cfg.host_nr_gp) #b1)))
      (a!15 (= p.perf_caps
               (concat (ite (and cfg.host_perf_metrics cfg.enable_mediated_pmu)
                            #b00000000000000000000000000000000000000000000000010
                            #b00000000000000000000000000000000000000000000000000)
                       #b10000000000000)))
      (a!17 (not (= #b1
                    ((_ extract 15 15)
                      (ite p.cpuid_pdcm p.perf_caps #x0000000000000000)))))
      (a!18 (not (and cfg.enable_mediated_pmu (not (= #x00 p.pmu_version))))))
(let ((a!16 (or a!1
                a!2
                a!3
                a!4
                a!5
                a!6
                a!7
                a!8
                a!9
                a!10
                (and (bvule ((_ extract 5 0) cfg.host_gp_width) #b110000)
                     (bvule ((_ extract 5 0) cfg.host_fixed_width) #b110000)
                     (= ((_ extract 7 6) cfg.host_gp_width) #b00)
                     (= ((_ extract 7 6) cfg.host_fixed_width) #b00)
                     (= ((_ extract 7 3) cfg.host_nr_fixed) #b00000)
                     (bvule ((_ extract 2 0) cfg.host_nr_fixed) #b100)
                     (= ((_ extract 7 4) cfg.host_nr_gp) #x0)
                     (bvule ((_ extract 3 0) cfg.host_nr_gp) #x8)
                     a!11
                     a!12
                     a!13
                     a!14
                     (or (not cfg.host_perf_metrics) (= cfg.host_nr_fixed #x04))
                     a!15
                     (not p.has_run)
                     (= p.cpuid_version #x00)
                     (= p.cpuid_nr_gp #x00)
                     (= p.cpuid_gp_width #x00)
                     (= p.cpuid_nr_fixed #x00)
                     (= p.cpuid_fixed_width #x00)
                     (not p.cpuid_pdcm)
                     (= p.pmu_version #x00)
                     (= p.nr_gp #x00)
                     (= p.nr_fixed #x00)
                     (= p.gp_counter_bitmask #x0000000000000000)
                     (= p.fixed_counter_bitmask #x0000000000000000)
                     (= p.global_ctrl_rsvd #xffffffffffffffff)
                     (= p.ctx #b00)
                     (= p.pending #b00)
                     (= p.pending_index #x00000000)
                     (= p.pending_data #x0000000000000000))))
      (a!19 (ite (= #x00000329 #x0000038f)
                 (or a!18
                     (not (= p.nr_gp cfg.host_nr_gp))
                     (not (= p.nr_fixed cfg.host_nr_fixed))
                     (not (bvugt p.pmu_version #x01)))
                 (ite (= #x00000329 #x00000329) (or a!18 a!17) true))))
(let ((a!20 (not (=> (and (= #b10 p.ctx) a!17) (and a!19 a!19)))))
  (and (bvuge cfg.host_nr_gp #x01)
       (bvule cfg.host_nr_gp #x08)
       (bvule cfg.host_nr_fixed #x04)
       (bvuge cfg.host_gp_width #x20)
       (bvule cfg.host_gp_width #x30)
       (bvuge cfg.host_fixed_width #x20)
       (bvule cfg.host_fixed_width #x30)
       (=> cfg.host_perf_metrics (= #x04 cfg.host_nr_fixed))
       (=> cfg.enable_mediated_pmu (bvuge cfg.host_pmu_version #x04))
       a!16
       a!20)))))
(check-sat)
(pop 1)
; invariant-over: cfg.enable_mediated_pmu cfg.enable_vmware_backdoor cfg.host_pmu_version cfg.host_nr_gp cfg.host_nr_fixed cfg.host_gp_width cfg.host_fixed_width cfg.host_perf_metrics p.has_run p.cpuid_version p.cpuid_nr_gp p.cpuid_gp_width p.cpuid_nr_fixed p.cpuid_fixed_width p.cpuid_pdcm p.perf_caps p.pmu_version p.nr_gp p.nr_fixed p.gp_counter_bitmask p.fixed_counter_bitmask p.global_ctrl_rsvd p.ctx p.pending p.pending_index p.pending_data
; invariant: (let ((a!1 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32))) (! (let ((a!1 (= p.gp_counter_bitmask (bvadd #xffffffffffffffff (bvshl #x0000000000000001 (concat #x00000000000000 cfg.host_gp_width))))) (a!2 (= p.fixed_counter_bitmask (bvadd #xffffffffffffffff (bvshl #x0000000000000001 (concat #x00000000000000 cfg.host_fixed_width)))))) (let ((a!3 (or (not (= p.nr_gp cfg.host_nr_gp)) (not cfg.enable_mediated_pmu) cfg.enable_vmware_backdoor (not (= p.nr_fixed cfg.host_nr_fixed)) (= p.pmu_version #x00) (not a!1) (not a!2)))) (and (= p.pending (ite a!3 #b01 #b00)) (not (= x!2 #xf)) (= p.pending_index (ite a!3 x!3 x!1)) (= p.ctx #b10)))) :weight 0))) (a!2 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 4)) (x!3 (_ BitVec 32))) (! (let ((a!1 (or (not p.cpuid_pdcm) (not (= x!3 #x00000329)) (not cfg.enable_mediated_pmu) (not (= ((_ extract 15 15) p.perf_caps) #b1)) (= p.pmu_version #x00)))) (let ((a!2 (ite (= x!3 #x0000038f) (or (not cfg.enable_mediated_pmu) (not (= p.nr_gp cfg.host_nr_gp)) (not (= p.nr_fixed cfg.host_nr_fixed)) (= p.pmu_version #x00) (= ((_ extract 7 1) p.pmu_version) #b0000000)) a!1))) (and (= p.pending (ite a!2 #b10 #b00)) (not (= x!2 #xf)) (or (= x!3 #x0000038f) (= x!3 #x00000329)) (= p.pending_index (ite a!2 x!3 x!1)) (= p.ctx #b10)))) :weight 0))) (a!3 (exists ((x!1 (_ BitVec 32)) (x!2 (_ BitVec 64)) (x!3 (_ BitVec 4)) (x!4 (_ BitVec 32)) (x!5 (_ BitVec 64))) (! (let ((a!1 (or (not p.cpuid_pdcm) (not (= x!4 #x00000329)) (not (= ((_ extract 15 15) p.perf_caps) #b1)) (= p.pmu_version #x00) (not cfg.enable_mediated_pmu)))) (let ((a!2 (ite (= x!4 #x0000038f) (or (= p.pmu_version #x00) (not cfg.enable_mediated_pmu) (not (= p.nr_fixed cfg.host_nr_fixed)) (not (= p.nr_gp cfg.host_nr_gp)) (= ((_ extract 7 1) p.pmu_version) #b0000000)) a!1))) (and (= p.pending_data (ite a!2 x!5 x!2)) (= p.pending (ite a!2 #b11 #b00)) (not (= x!3 #xf)) (or (= x!4 #x0000038f) (= x!4 #x00000329)) (= p.pending_index (ite a!2 x!4 x!1)) (= p.ctx #b10)))) :weight 0))) (a!4 (exists ((x!1 (_ BitVec 4))) (! (and (not (= x!1 #xf)) (= p.ctx #b10)) :weight 0))) (a!5 (exists ((x!1 (_ BitVec 4))) (! (and (not (= x!1 #xf)) p.has_run (= p.ctx #b01) (= p.pending #b00)) :weight 0))) (a!6 (exists ((x!1 (_ BitVec 4))) (! (and (not (= x!1 #xf)) (= p.ctx #b01)) :weight 0))) (a!7 (exists ((x!1 (_ BitVec 4))) (! (and (not (= x!1 #xf)) (= p.ctx #b00)) :weight 0))) (a!8 (exists ((x!1 (_ BitVec 4))) (! (and (not (= x!1 #xf)) (= p.ctx #b00) (= p.pending #b00)) :weight 0))) (a!9 (exists ((x!1 (_ BitVec 64)) (x!2 (_ BitVec 8)) (x!3 (_ BitVec 8)) (x!4 (_ BitVec 8)) (x!5 (_ BitVec 64)) (x!6 (_ BitVec 64)) (x!7 (_ BitVec 64)) (x!8 (_ BitVec 4)) (x!9 (_ BitVec 64))) (! (let ((a!1 (bvor (bvnot x!9) (concat (ite (and cfg.host_perf_metrics cfg.enable_mediated_pmu) #b00000000000000000000000000000000000000000000000010 #b00000000000000000000000000000000000000000000000000) #b10000000000000))) (a!3 (or (not (= ((_ extract 7 2) cfg.host_pmu_version) #b000000)) (bvule #b10 ((_ extract 1 0) cfg.host_pmu_version)))) (a!5 (bvshl #x0000000000000001 (concat #x00000000000000 (ite (bvule cfg.host_fixed_width p.cpuid_fixed_width) cfg.host_fixed_width p.cpuid_fixed_width)))) (a!8 (or (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0)) (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp)))) (a!11 (or (bvule #b100 ((_ extract 2 0) cfg.host_nr_fixed)) (not (= ((_ extract 7 3) cfg.host_nr_fixed) #b00000)))) (a!17 (bvshl #x0000000000000001 (concat #x00000000000000 (ite (bvule cfg.host_gp_width p.cpuid_gp_width) cfg.host_gp_width p.cpuid_gp_width))))) (let ((a!2 (or (not p.cpuid_pdcm) (not (= (bvnot a!1) #x0000000000000000)))) (a!4 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version) p.cpuid_version) (ite a!3 #b0000001 ((_ extract 7 1) cfg.host_pmu_version)) ((_ extract 7 1) p.cpuid_version))) (a!7 (ite (bvule (ite a!3 #x02 cfg.host_pmu_version) p.cpuid_version) (ite a!3 #x02 cfg.host_pmu_version) p.cpuid_version)) (a!12 (ite (bvule (ite a!11 #x04 cfg.host_nr_fixed) p.cpuid_nr_fixed) (ite a!11 #x04 cfg.host_nr_fixed) p.cpuid_nr_fixed))) (let ((a!6 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4) #b0000000) (ite a!2 x!6 #x0000000000000000) (ite a!2 x!6 (bvadd #xffffffffffffffff a!5)))) (a!9 (ite a!2 x!3 (ite (bvule (ite a!8 #x08 cfg.host_nr_gp) p.cpuid_nr_gp) (ite a!8 #x08 cfg.host_nr_gp) p.cpuid_nr_gp))) (a!13 (ite (= (ite a!2 ((_ extract 7 1) x!2) a!4) #b0000000) (ite a!2 x!4 #x00) (ite a!2 x!4 a!12))) (a!15 (and p.cpuid_pdcm (ite a!2 (= ((_ extract 15 15) x!1) #b1) (= ((_ extract 15 15) x!9) #b1)))) (a!18 (= p.gp_counter_bitmask (ite (= (ite a!2 x!2 a!7) #x00) (ite a!2 x!5 #x0000000000000000) (ite a!2 x!5 (bvadd #xffffffffffffffff a!17)))))) (let ((a!10 (ite (= (ite a!2 x!2 a!7) #x00) (ite a!2 x!3 #x00) a!9)) (a!14 (bvadd #xffffffff ((_ extract 31 0) (bvshl #x0000000000000001 (concat #x00000000000000 a!13)))))) (let ((a!16 (bvor (bvadd #xffffffffffffffff (bvshl #x0000000000000001 (concat #x00000000000000 a!10))) (concat a!14 #x00000000) (ite a!15 #x0001000000000000 #x0000000000000000)))) (and (= p.perf_caps (ite a!2 x!1 x!9)) (= p.fixed_counter_bitmask a!6) (= p.global_ctrl_rsvd (ite a!2 x!7 (bvnot a!16))) (not (= x!8 #xf)) (= p.nr_fixed a!13) (= p.nr_gp a!10) (= p.pmu_version (ite a!2 x!2 a!7)) a!18 (not p.has_run) (= p.ctx #b00))))))) :weight 0))) (a!10 (exists ((x!1 (_ BitVec 4))) (! (let ((a!1 (or (not (= ((_ extract 7 2) cfg.host_pmu_version) #b000000)) (bvule #b10 ((_ extract 1 0) cfg.host_pmu_version)))) (a!3 (bvshl #x0000000000000001 (concat #x00000000000000 (ite (bvule cfg.host_gp_width p.cpuid_gp_width) cfg.host_gp_width p.cpuid_gp_width)))) (a!5 (bvshl #x0000000000000001 (concat #x00000000000000 (ite (bvule cfg.host_fixed_width p.cpuid_fixed_width) cfg.host_fixed_width p.cpuid_fixed_width)))) (a!6 (or (bvule #x8 ((_ extract 3 0) cfg.host_nr_gp)) (not (= ((_ extract 7 4) cfg.host_nr_gp) #x0)))) (a!8 (or (bvule #b100 ((_ extract 2 0) cfg.host_nr_fixed)) (not (= ((_ extract 7 3) cfg.host_nr_fixed) #b00000)))) (a!11 (ite (and p.cpuid_pdcm (= ((_ extract 15 15) p.perf_caps) #b1)) #x0001000000000000 #x0000000000000000))) (let ((a!2 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version) p.cpuid_version) (ite a!1 #x02 cfg.host_pmu_version) p.cpuid_version)) (a!4 (ite (bvule (ite a!1 #x02 cfg.host_pmu_version) p.cpuid_version) (ite a!1 #b0000001 ((_ extract 7 1) cfg.host_pmu_version)) ((_ extract 7 1) p.cpuid_version))) (a!9 (ite (bvule (ite a!8 #x04 cfg.host_nr_fixed) p.cpuid_nr_fixed) (ite a!8 #x04 cfg.host_nr_fixed) p.cpuid_nr_fixed))) (let ((a!7 (ite (= a!2 #x00) #x00 (ite (bvule (ite a!6 #x08 cfg.host_nr_gp) p.cpuid_nr_gp) (ite a!6 #x08 cfg.host_nr_gp) p.cpuid_nr_gp))) (a!10 (bvshl #x0000000000000001 (concat #x00000000000000 (ite (= a!4 #b0000000) #x00 a!9))))) (let ((a!12 (bvor (bvadd #xffffffffffffffff (bvshl #x0000000000000001 (concat #x00000000000000 a!7))) (concat (bvadd #xffffffff ((_ extract 31 0) a!10)) #x00000000) a!11))) (and (= p.gp_counter_bitmask (ite (= a!2 #x00) #x0000000000000000 (bvadd #xffffffffffffffff a!3))) (= p.fixed_counter_bitmask (ite (= a!4 #b0000000) #x0000000000000000 (bvadd #xffffffffffffffff a!5))) (not (= x!1 #xf)) (= p.nr_gp a!7) (= p.pmu_version a!2) (= p.nr_fixed (ite (= a!4 #b0000000) #x00 a!9)) (= p.global_ctrl_rsvd (bvnot a!12)) (not p.has_run) (= p.ctx #b00)))))) :weight 0))) (a!11 (or (not cfg.enable_mediated_pmu) (bvule #b100 ((_ extract 2 0) cfg.host_pmu_version)) (not (= ((_ extract 7 3) cfg.host_pmu_version) #b00000)))) (a!12 (or (not (= ((_ extract 7 6) cfg.host_gp_width) #b00)) (bvule #b100000 ((_ extract 5 0) cfg.host_gp_width)))) (a!13 (or (not (= ((_ extract 7 6) cfg.host_fixed_width) #b00)) (bvule #b100000 ((_ extract 5 0) cfg.host_fixed_width)))) (a!14 (or (not (= ((_ extract 7 1) cfg.host_nr_gp) #b0000000)) (= ((_ extract 0 0) cfg.host_nr_gp) #b1))) (a!15 (= p.perf_caps (concat (ite (and cfg.host_perf_metrics cfg.enable_mediated_pmu) #b00000000000000000000000000000000000000000000000010 #b00000000000000000000000000000000000000000000000000) #b10000000000000)))) (or a!1 a!2 a!3 a!4 a!5 a!6 a!7 a!8 a!9 a!10 (and (bvule ((_ extract 5 0) cfg.host_gp_width) #b110000) (bvule ((_ extract 5 0) cfg.host_fixed_width) #b110000) (= ((_ extract 7 6) cfg.host_gp_width) #b00) (= ((_ extract 7 6) cfg.host_fixed_width) #b00) (= ((_ extract 7 3) cfg.host_nr_fixed) #b00000) (bvule ((_ extract 2 0) cfg.host_nr_fixed) #b100) (= ((_ extract 7 4) cfg.host_nr_gp) #x0) (bvule ((_ extract 3 0) cfg.host_nr_gp) #x8) a!11 a!12 a!13 a!14 (or (not cfg.host_perf_metrics) (= cfg.host_nr_fixed #x04)) a!15 (not p.has_run) (= p.cpuid_version #x00) (= p.cpuid_nr_gp #x00) (= p.cpuid_gp_width #x00) (= p.cpuid_nr_fixed #x00) (= p.cpuid_fixed_width #x00) (not p.cpuid_pdcm) (= p.pmu_version #x00) (= p.nr_gp #x00) (= p.nr_fixed #x00) (= p.gp_counter_bitmask #x0000000000000000) (= p.fixed_counter_bitmask #x0000000000000000) (= p.global_ctrl_rsvd #xffffffffffffffff) (= p.ctx #b00) (= p.pending #b00) (= p.pending_index #x00000000) (= p.pending_data #x0000000000000000))))
; trigger: reached at depth 2
