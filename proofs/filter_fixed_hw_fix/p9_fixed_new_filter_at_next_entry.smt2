; vpmu-formal-certificate-1
; spec: filter_fixed_hw_fix
; property: p9_fixed_new_filter_at_next_entry
; key: 0ab9978ce0870370691b6a4b975436ec1dbc2627a61fd3c50a814e43bf04a1f8
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun p.f_action () (_ BitVec 32))
(declare-fun p.filter_set () Bool)
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun cfg.nr_fixed () (_ BitVec 8))
(declare-fun cfg.amd () Bool)
(declare-fun p.entry_after_ioctl () Bool)
(declare-fun p.at_entry () Bool)
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun |p.reprogram_fixed[2]| () Bool)
(declare-fun |p.reprogram_fixed[1]| () Bool)
(declare-fun |p.reprogram_fixed[0]| () Bool)
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun cfg.nr_gp () (_ BitVec 8))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun p.req_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 1))
(declare-fun |p.f_ev[1]| () (_ BitVec 64))
(declare-fun |p.eventsel[1]| () (_ BitVec 64))
(declare-fun |p.f_exc[1]| () Bool)
(declare-fun |p.f_ev[0]| () (_ BitVec 64))
(declare-fun |p.f_exc[0]| () Bool)
(declare-fun |p.f_inc[1]| () Bool)
(declare-fun |p.f_inc[0]| () Bool)
(declare-fun |p.reprogram_gp[1]| () Bool)
(declare-fun |p.eventsel[0]| () (_ BitVec 64))
(declare-fun |p.reprogram_gp[0]| () Bool)
(declare-fun p.ioctl_since_entry () Bool)
(declare-fun inp.wrmsr_fixed_ctr_ctrl.data () (_ BitVec 64))
(declare-fun actp () (_ BitVec 3))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.act () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.nevents () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 () (_ BitVec 64))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev0 () (_ BitVec 64))
(declare-fun inp.wrmsr_eventsel.data () (_ BitVec 64))
(declare-fun inp.wrmsr_eventsel.i () (_ BitVec 8))
(declare-fun cfg.guest_tsx () Bool)
(declare-fun inp.wrmsr_fixed_ctr_ctrl.host_initiated () Bool)
(declare-fun inp.wrmsr_eventsel.host_initiated () Bool)
(define-fun invariant ((cfg.amd Bool) (cfg.nr_gp (_ BitVec 8)) (cfg.nr_fixed (_ BitVec 8)) (cfg.guest_tsx Bool) (p.filter_set Bool) (p.f_action (_ BitVec 32)) (p.f_fixed_bitmap (_ BitVec 32)) (|p.f_ev[0]| (_ BitVec 64)) (|p.f_ev[1]| (_ BitVec 64)) (|p.f_inc[0]| Bool) (|p.f_inc[1]| Bool) (|p.f_exc[0]| Bool) (|p.f_exc[1]| Bool) (|p.reprogram_gp[0]| Bool) (|p.reprogram_gp[1]| Bool) (|p.reprogram_fixed[0]| Bool) (|p.reprogram_fixed[1]| Bool) (|p.reprogram_fixed[2]| Bool) (p.req_pmu Bool) (p.at_entry Bool) (p.ioctl_since_entry Bool) (p.ctx (_ BitVec 1)) (|p.eventsel[0]| (_ BitVec 64)) (|p.eventsel[1]| (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (p.fixed_ctr_ctrl (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64)) (p.entry_after_ioctl Bool)) Bool
  (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand |p.eventsel[0]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand |p.eventsel[0]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!6 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand |p.eventsel[1]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!7 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand |p.eventsel[1]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!11 (=> p.at_entry
                (and (= #b1 p.ctx)
                     (not p.req_pmu)
                     (=> (bvult #x00 cfg.nr_gp)
                         (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                     (=> (bvult #x01 cfg.nr_gp)
                         (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                     (=> (not cfg.amd)
                         (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))
      (a!12 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!13 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!17 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!18 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!22 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!23 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7)))))
      (a!14 (and (not a!12) (not (and (= #x00000000 p.f_action) a!13))))
      (a!19 (and (not a!17) (not (and (= #x00000000 p.f_action) a!18))))
      (a!24 (and (not a!22) (not (and (= #x00000000 p.f_action) a!23)))))
(let ((a!4 (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|))
                (or (not p.filter_set)
                    (ite a!3
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!9 (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|))
                (or (not p.filter_set)
                    (ite a!8
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!15 (ite (or (not p.filter_set) a!14)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000000))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!20 (ite (or (not p.filter_set) a!19)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000001))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!25 (ite (or (not p.filter_set) a!24)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000002))
                        #x000000000000000f)
                 #x0000000000000000)))
(let ((a!5 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|))
               (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) a!4)))
      (a!10 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|))
                (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) a!9)))
      (a!16 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               a!15))
      (a!21 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               a!20))
      (a!26 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               a!25))
      (a!27 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               a!15))
      (a!28 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               a!20))
      (a!29 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               a!25)))
(let ((a!30 (=> (and p.at_entry p.entry_after_ioctl (not cfg.amd))
                (and (=> (bvult #x00 cfg.nr_fixed) a!27)
                     (=> (bvult #x01 cfg.nr_fixed) a!28)
                     (=> (bvult #x02 cfg.nr_fixed) a!29)))))
  (and (=> |p.reprogram_gp[0]| p.req_pmu)
       (=> |p.reprogram_gp[1]| p.req_pmu)
       (=> |p.reprogram_fixed[0]| p.req_pmu)
       (=> |p.reprogram_fixed[1]| p.req_pmu)
       (=> |p.reprogram_fixed[2]| p.req_pmu)
       a!5
       a!10
       a!11
       (=> (and (bvult #x00 cfg.nr_fixed) (not |p.reprogram_fixed[0]|)) a!16)
       (=> (and (bvult #x01 cfg.nr_fixed) (not |p.reprogram_fixed[1]|)) a!21)
       (=> (and (bvult #x02 cfg.nr_fixed) (not |p.reprogram_fixed[2]|)) a!26)
       a!30)))))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand |p.eventsel[0]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand |p.eventsel[0]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!6 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand |p.eventsel[1]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!7 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand |p.eventsel[1]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!11 (=> p.at_entry
                (and (= #b1 p.ctx)
                     (not p.req_pmu)
                     (=> (bvult #x00 cfg.nr_gp)
                         (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                     (=> (bvult #x01 cfg.nr_gp)
                         (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                     (=> (not cfg.amd)
                         (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))
      (a!12 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!13 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!17 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!18 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!22 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!23 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7)))))
      (a!14 (and (not a!12) (not (and (= #x00000000 p.f_action) a!13))))
      (a!19 (and (not a!17) (not (and (= #x00000000 p.f_action) a!18))))
      (a!24 (and (not a!22) (not (and (= #x00000000 p.f_action) a!23)))))
(let ((a!4 (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|))
                (or (not p.filter_set)
                    (ite a!3
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!9 (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|))
                (or (not p.filter_set)
                    (ite a!8
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!15 (ite (or (not p.filter_set) a!14)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000000))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!20 (ite (or (not p.filter_set) a!19)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000001))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!25 (ite (or (not p.filter_set) a!24)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000002))
                        #x000000000000000f)
                 #x0000000000000000)))
(let ((a!5 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|))
               (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) a!4)))
      (a!10 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|))
                (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) a!9)))
      (a!16 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               a!15))
      (a!21 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               a!20))
      (a!26 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               a!25))
      (a!27 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               a!15))
      (a!28 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               a!20))
      (a!29 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               a!25)))
(let ((a!30 (=> (and p.at_entry p.entry_after_ioctl (not cfg.amd))
                (and (=> (bvult #x00 cfg.nr_fixed) a!27)
                     (=> (bvult #x01 cfg.nr_fixed) a!28)
                     (=> (bvult #x02 cfg.nr_fixed) a!29)))))
(let ((a!31 (and (=> |p.reprogram_gp[0]| p.req_pmu)
                 (=> |p.reprogram_gp[1]| p.req_pmu)
                 (=> |p.reprogram_fixed[0]| p.req_pmu)
                 (=> |p.reprogram_fixed[1]| p.req_pmu)
                 (=> |p.reprogram_fixed[2]| p.req_pmu)
                 a!5
                 a!10
                 a!11
                 (=> (and (bvult #x00 cfg.nr_fixed)
                          (not |p.reprogram_fixed[0]|))
                     a!16)
                 (=> (and (bvult #x01 cfg.nr_fixed)
                          (not |p.reprogram_fixed[1]|))
                     a!21)
                 (=> (and (bvult #x02 cfg.nr_fixed)
                          (not |p.reprogram_fixed[2]|))
                     a!26)
                 a!30)))
  (and (bvule cfg.nr_gp #x02)
       (bvule cfg.nr_fixed #x03)
       (=> cfg.amd (= #x00 cfg.nr_fixed))
       (= p.filter_set false)
       (= #x00000000 p.f_action)
       (= #x00000000 p.f_fixed_bitmap)
       (= #x0000000000000000 |p.f_ev[0]|)
       (= #x0000000000000000 |p.f_ev[1]|)
       (= |p.f_inc[0]| false)
       (= |p.f_inc[1]| false)
       (= |p.f_exc[0]| false)
       (= |p.f_exc[1]| false)
       (= |p.reprogram_gp[0]| false)
       (= |p.reprogram_gp[1]| false)
       (= |p.reprogram_fixed[0]| false)
       (= |p.reprogram_fixed[1]| false)
       (= |p.reprogram_fixed[2]| false)
       (= p.req_pmu false)
       (= p.at_entry false)
       (= p.ioctl_since_entry false)
       (= #b0 p.ctx)
       (= #x0000000000000000 |p.eventsel[0]|)
       (= #x0000000000000000 |p.eventsel[1]|)
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 p.fixed_ctr_ctrl)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (= p.entry_after_ioctl false)
       (not a!31)))))))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand |p.eventsel[0]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand |p.eventsel[0]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!6 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand |p.eventsel[1]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!7 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand |p.eventsel[1]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!11 (=> p.at_entry
                (and (= #b1 p.ctx)
                     (not p.req_pmu)
                     (=> (bvult #x00 cfg.nr_gp)
                         (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                     (=> (bvult #x01 cfg.nr_gp)
                         (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                     (=> (not cfg.amd)
                         (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))
      (a!12 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!13 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!17 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!18 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!22 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!23 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!31 (or (and (= #b000 actp)
                     (or (bvule inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                                #x00000002)
                         (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                                #x0000012c)))
                (and (= #b001 actp) (= #b0 p.ctx) p.req_pmu)
                (and (= #b010 actp) (= #b0 p.ctx) (not p.req_pmu))
                (and (= #b011 actp) (= #b1 p.ctx))
                (and (= #b100 actp)
                     (bvult inp.wrmsr_eventsel.i cfg.nr_gp)
                     (ite inp.wrmsr_eventsel.host_initiated
                          (= #b0 p.ctx)
                          (= #b1 p.ctx)))
                (and (= #b101 actp)
                     (not cfg.amd)
                     (bvugt cfg.nr_fixed #x00)
                     (ite inp.wrmsr_fixed_ctr_ctrl.host_initiated
                          (= #b0 p.ctx)
                          (= #b1 p.ctx)))))
      (a!32 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!33 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!36 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000000))
                      (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000001)))))
      (a!38 (not (= (bvand inp.wrmsr_eventsel.data (bvnot #xfffffff000280000))
                    (ite (= #x00 inp.wrmsr_eventsel.i)
                         |p.eventsel[0]|
                         |p.eventsel[1]|))))
      (a!39 (not (= inp.wrmsr_eventsel.data
                    (ite (= #x00 inp.wrmsr_eventsel.i)
                         |p.eventsel[0]|
                         |p.eventsel[1]|))))
      (a!40 (= (bvnot (bvor (bvnot inp.wrmsr_eventsel.data)
                            (ite cfg.guest_tsx
                                 #x00000001ffdfffff
                                 #x00000000ffdfffff)))
               #x0000000000000000))
      (a!44 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)))
      (a!45 (ite (and (= ((_ extract 7 2) cfg.nr_fixed) #b000000)
                      (bvule ((_ extract 1 0) cfg.nr_fixed) #b10))
                 #x0000000000000000
                 #x0000000000000b00))
      (a!47 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)))
      (a!48 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)))
      (a!68 (bvor (bvand (bvand inp.wrmsr_eventsel.data
                                (bvnot #xfffffff000280000))
                         (bvnot #x0000020000000000))
                  #x0000010000000000))
      (a!76 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!78 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!87 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!122 (ite (= #b011 actp)
                  false
                  (ite (= #b100 actp)
                       false
                       (ite (= #b101 actp) false p.at_entry))))
      (a!124 (ite (= #b100 actp)
                  (ite (= #b1 p.ctx) #b0 p.ctx)
                  (ite (= #b101 actp) (ite (= #b1 p.ctx) #b0 p.ctx) p.ctx)))
      (a!126 (ite (= #b1 p.ctx)
                  (ite (bvult #x00 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[0]|)
                  |p.hw_eventsel[0]|))
      (a!129 (ite (= #b1 p.ctx)
                  (ite (bvult #x01 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!132 (ite (= #b1 p.ctx)
                  (ite (not cfg.amd) #x0000000000000000 p.hw_fixed_ctr_ctrl)
                  p.hw_fixed_ctr_ctrl))
      (a!135 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x02)))))
      (a!137 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x01)))))
      (a!139 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x00)))))
      (a!141 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x00)))))
      (a!142 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x00)))))
      (a!144 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x01)))))
      (a!145 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x01)))))
      (a!147 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x02)))))
      (a!148 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x02))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7)))))
      (a!14 (and (not a!12) (not (and (= #x00000000 p.f_action) a!13))))
      (a!19 (and (not a!17) (not (and (= #x00000000 p.f_action) a!18))))
      (a!24 (and (not a!22) (not (and (= #x00000000 p.f_action) a!23))))
      (a!34 (and (or (= inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                        #x00000000)
                     (= a!32 #x0000000000000000))
                 (or (= ((_ extract 31 1)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b0000000000000000000000000000000)
                     (= a!33 #x0000000000000000))))
      (a!41 (ite a!39
                 (ite (and a!40 (= inp.wrmsr_eventsel.i #x00))
                      true
                      |p.reprogram_gp[0]|)
                 |p.reprogram_gp[0]|))
      (a!46 (bvor (bvnot inp.wrmsr_fixed_ctr_ctrl.data)
                  (ite (= cfg.nr_fixed #x00)
                       #x0000000000000000
                       #x000000000000000b)
                  (ite (= ((_ extract 7 1) cfg.nr_fixed) #b0000000)
                       #x0000000000000000
                       #x00000000000000b0)
                  a!45))
      (a!55 (ite a!39
                 (ite (and a!40 (= inp.wrmsr_eventsel.i #x01))
                      true
                      |p.reprogram_gp[1]|)
                 |p.reprogram_gp[1]|))
      (a!69 (ite a!39
                 (ite (and a!40 (= inp.wrmsr_eventsel.i #x00))
                      inp.wrmsr_eventsel.data
                      |p.eventsel_hw[0]|)
                 |p.eventsel_hw[0]|))
      (a!72 (ite a!38
                 (ite (= inp.wrmsr_eventsel.i #x00)
                      (bvand inp.wrmsr_eventsel.data (bvnot #xfffffff000280000))
                      |p.eventsel[0]|)
                 |p.eventsel[0]|))
      (a!73 (ite a!39
                 (ite (and a!40 (= inp.wrmsr_eventsel.i #x00))
                      inp.wrmsr_eventsel.data
                      |p.eventsel[0]|)
                 |p.eventsel[0]|))
      (a!77 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!76)))
      (a!79 (or a!78
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!88 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!87)))
      (a!89 (or a!78
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
      (a!104 (ite a!39
                  (ite (and a!40 (= inp.wrmsr_eventsel.i #x01))
                       inp.wrmsr_eventsel.data
                       |p.eventsel_hw[1]|)
                  |p.eventsel_hw[1]|))
      (a!107 (ite a!38
                  (ite (= inp.wrmsr_eventsel.i #x01)
                       (bvand inp.wrmsr_eventsel.data
                              (bvnot #xfffffff000280000))
                       |p.eventsel[1]|)
                  |p.eventsel[1]|))
      (a!108 (ite a!39
                  (ite (and a!40 (= inp.wrmsr_eventsel.i #x01))
                       inp.wrmsr_eventsel.data
                       |p.eventsel[1]|)
                  |p.eventsel[1]|))
      (a!123 (ite (= #b000 actp) false (ite (= #b010 actp) true a!122)))
      (a!125 (= #b1 (ite (= #b010 actp) #b1 (ite (= #b011 actp) #b0 a!124))))
      (a!127 (ite (= #b011 actp)
                  (ite (bvult #x00 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[0]|)
                  (ite (= #b100 actp)
                       a!126
                       (ite (= #b101 actp) a!126 |p.hw_eventsel[0]|))))
      (a!130 (ite (= #b011 actp)
                  (ite (bvult #x01 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  (ite (= #b100 actp)
                       a!129
                       (ite (= #b101 actp) a!129 |p.hw_eventsel[1]|))))
      (a!133 (ite (= #b011 actp)
                  (ite (not cfg.amd) #x0000000000000000 p.hw_fixed_ctr_ctrl)
                  (ite (= #b100 actp)
                       a!132
                       (ite (= #b101 actp) a!132 p.hw_fixed_ctr_ctrl))))
      (a!136 (and (not (and (= #x00000001 p.f_action) a!135))
                  (not (and (= #x00000000 p.f_action) (not a!135)))))
      (a!138 (and (not (and (= #x00000001 p.f_action) a!137))
                  (not (and (= #x00000000 p.f_action) (not a!137)))))
      (a!140 (and (not (and (= #x00000001 p.f_action) a!139))
                  (not (and (= #x00000000 p.f_action) (not a!139))))))
(let ((a!4 (or (not p.filter_set)
               (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!9 (or (not p.filter_set)
               (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!15 (ite (or (not p.filter_set) a!14)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000000))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!20 (ite (or (not p.filter_set) a!19)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000001))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!25 (ite (or (not p.filter_set) a!24)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000002))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!35 (and (not (= ((_ extract 0 0)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0))
                 (not a!34)))
      (a!42 (ite cfg.amd
                 (ite a!38
                      (ite (= inp.wrmsr_eventsel.i #x00)
                           true
                           |p.reprogram_gp[0]|)
                      |p.reprogram_gp[0]|)
                 a!41))
      (a!49 (ite (and (bvult #x00 cfg.nr_fixed) (not a!48))
                 (ite (= (bvnot a!46) #x0000000000000000) true p.req_pmu)
                 p.req_pmu))
      (a!56 (ite cfg.amd
                 (ite a!38
                      (ite (= inp.wrmsr_eventsel.i #x01)
                           true
                           |p.reprogram_gp[1]|)
                      |p.reprogram_gp[1]|)
                 a!55))
      (a!58 (ite (and (bvult #x00 cfg.nr_fixed) (not a!48))
                 (ite (= (bvnot a!46) #x0000000000000000)
                      true
                      |p.reprogram_fixed[0]|)
                 |p.reprogram_fixed[0]|))
      (a!61 (ite (and (bvult #x01 cfg.nr_fixed) (not a!47))
                 (ite (= (bvnot a!46) #x0000000000000000)
                      true
                      |p.reprogram_fixed[1]|)
                 |p.reprogram_fixed[1]|))
      (a!64 (ite (and (bvult #x02 cfg.nr_fixed) (not a!44))
                 (ite (= (bvnot a!46) #x0000000000000000)
                      true
                      |p.reprogram_fixed[2]|)
                 |p.reprogram_fixed[2]|))
      (a!70 (ite cfg.amd
                 (ite a!38
                      (ite (= inp.wrmsr_eventsel.i #x00)
                           a!68
                           |p.eventsel_hw[0]|)
                      |p.eventsel_hw[0]|)
                 a!69))
      (a!74 (= #b1
               ((_ extract 22 22)
                 (ite (= #b100 actp) (ite cfg.amd a!72 a!73) |p.eventsel[0]|))))
      (a!80 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!77)
                 a!79))
      (a!82 (bvand (ite (= #b100 actp) (ite cfg.amd a!72 a!73) |p.eventsel[0]|)
                   (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                   #x0000000f000000ff))
      (a!84 (bvand (ite (= #b100 actp) (ite cfg.amd a!72 a!73) |p.eventsel[0]|)
                   #x000000000000ff00))
      (a!90 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!88)
                 a!89))
      (a!96 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!77)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!97 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!88)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1))))
      (a!105 (ite cfg.amd
                  (ite a!38
                       (ite (= inp.wrmsr_eventsel.i #x01)
                            a!68
                            |p.eventsel_hw[1]|)
                       |p.eventsel_hw[1]|)
                  a!104))
      (a!109 (= #b1
                ((_ extract 22 22)
                  (ite (= #b100 actp) (ite cfg.amd a!107 a!108) |p.eventsel[1]|))))
      (a!110 (bvand (ite (= #b100 actp)
                         (ite cfg.amd a!107 a!108)
                         |p.eventsel[1]|)
                    (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                    #x0000000f000000ff))
      (a!112 (bvand (ite (= #b100 actp)
                         (ite cfg.amd a!107 a!108)
                         |p.eventsel[1]|)
                    #x000000000000ff00))
      (a!134 (ite (= #b010 actp)
                  (ite (not cfg.amd) p.fixed_ctr_ctrl_hw p.hw_fixed_ctr_ctrl)
                  a!133))
      (a!143 (ite (and |p.reprogram_fixed[0]| (bvult #x00 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!140)
                       (bvor (bvand p.fixed_ctr_ctrl_hw a!141) a!142)
                       (bvand p.fixed_ctr_ctrl_hw a!141))
                  p.fixed_ctr_ctrl_hw))
      (a!156 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                  (ite (= (bvnot a!46) #x0000000000000000)
                       inp.wrmsr_fixed_ctr_ctrl.data
                       p.fixed_ctr_ctrl)
                  p.fixed_ctr_ctrl)))
(let ((a!5 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|))
              (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) a!4)))
      (a!10 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|))
               (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) a!9)))
      (a!16 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               a!15))
      (a!21 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               a!20))
      (a!26 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               a!25))
      (a!27 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               a!15))
      (a!28 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               a!20))
      (a!29 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               a!25))
      (a!37 (and (not a!35)
                 (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!36))
      (a!50 (ite (and (bvult #x01 cfg.nr_fixed) (not a!47))
                 (ite (= (bvnot a!46) #x0000000000000000) true a!49)
                 a!49))
      (a!59 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!58
                      |p.reprogram_fixed[0]|)
                 |p.reprogram_fixed[0]|))
      (a!62 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!61
                      |p.reprogram_fixed[1]|)
                 |p.reprogram_fixed[1]|))
      (a!65 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!64
                      |p.reprogram_fixed[2]|)
                 |p.reprogram_fixed[2]|))
      (a!67 (ite a!4
                 (bvor (bvand |p.eventsel_hw[0]| (bvnot #x0000000000400000))
                       (bvand |p.eventsel[0]| #x0000000000400000))
                 (bvand |p.eventsel_hw[0]| (bvnot #x0000000000400000))))
      (a!103 (ite a!9
                  (bvor (bvand |p.eventsel_hw[1]| (bvnot #x0000000000400000))
                        (bvand |p.eventsel[1]| #x0000000000400000))
                  (bvand |p.eventsel_hw[1]| (bvnot #x0000000000400000))))
      (a!146 (ite (and |p.reprogram_fixed[1]| (bvult #x01 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!138)
                       (bvor (bvand a!143 a!144) a!145)
                       (bvand a!143 a!144))
                  a!143))
      (a!157 (bvand (bvlshr (ite (= #b101 actp) a!156 p.fixed_ctr_ctrl)
                            (bvmul #x0000000000000004 #x0000000000000000))
                    #x000000000000000f))
      (a!163 (bvand (bvlshr (ite (= #b101 actp) a!156 p.fixed_ctr_ctrl)
                            (bvmul #x0000000000000004 #x0000000000000001))
                    #x000000000000000f))
      (a!169 (bvand (bvlshr (ite (= #b101 actp) a!156 p.fixed_ctr_ctrl)
                            (bvmul #x0000000000000004 #x0000000000000002))
                    #x000000000000000f)))
(let ((a!30 (=> (and p.at_entry p.entry_after_ioctl (not cfg.amd))
                (and (=> (bvult #x00 cfg.nr_fixed) a!27)
                     (=> (bvult #x01 cfg.nr_fixed) a!28)
                     (=> (bvult #x02 cfg.nr_fixed) a!29))))
      (a!43 (ite (= #b000 actp)
                 (ite a!37 true |p.reprogram_gp[0]|)
                 (ite (= #b001 actp)
                      false
                      (ite (= #b100 actp) a!42 |p.reprogram_gp[0]|))))
      (a!51 (ite (and (bvult #x02 cfg.nr_fixed) (not a!44))
                 (ite (= (bvnot a!46) #x0000000000000000) true a!50)
                 a!50))
      (a!57 (ite (= #b000 actp)
                 (ite a!37 true |p.reprogram_gp[1]|)
                 (ite (= #b001 actp)
                      false
                      (ite (= #b100 actp) a!56 |p.reprogram_gp[1]|))))
      (a!60 (ite (= #b000 actp)
                 (ite a!37 true |p.reprogram_fixed[0]|)
                 (ite (= #b001 actp) false a!59)))
      (a!63 (ite (= #b000 actp)
                 (ite a!37 true |p.reprogram_fixed[1]|)
                 (ite (= #b001 actp) false a!62)))
      (a!66 (ite (= #b000 actp)
                 (ite a!37 true |p.reprogram_fixed[2]|)
                 (ite (= #b001 actp) false a!65)))
      (a!71 (ite (= #b001 actp)
                 (ite (and |p.reprogram_gp[0]| (bvult #x00 cfg.nr_gp))
                      a!67
                      |p.eventsel_hw[0]|)
                 (ite (= #b100 actp) a!70 |p.eventsel_hw[0]|)))
      (a!75 (not (ite (= #b000 actp) (ite a!37 true p.filter_set) p.filter_set)))
      (a!81 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!37
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!37
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!91 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!37
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!37
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!99 (= #x00000000
               (ite (= #b000 actp)
                    (ite a!37
                         inp.kvm_vm_ioctl_set_pmu_event_filter.act
                         p.f_action)
                    p.f_action)))
      (a!100 (= #x00000001
                (ite (= #b000 actp)
                     (ite a!37
                          inp.kvm_vm_ioctl_set_pmu_event_filter.act
                          p.f_action)
                     p.f_action)))
      (a!106 (ite (= #b001 actp)
                  (ite (and |p.reprogram_gp[1]| (bvult #x01 cfg.nr_gp))
                       a!103
                       |p.eventsel_hw[1]|)
                  (ite (= #b100 actp) a!105 |p.eventsel_hw[1]|)))
      (a!149 (ite (and |p.reprogram_fixed[2]| (bvult #x02 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!136)
                       (bvor (bvand a!146 a!147) a!148)
                       (bvand a!146 a!147))
                  a!146))
      (a!153 ((_ extract 0 0)
               (bvlshr (ite (= #b000 actp)
                            (ite a!37
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                 p.f_fixed_bitmap)
                            p.f_fixed_bitmap)
                       #x00000000)))
      (a!160 ((_ extract 0 0)
               (bvlshr (ite (= #b000 actp)
                            (ite a!37
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                 p.f_fixed_bitmap)
                            p.f_fixed_bitmap)
                       #x00000001)))
      (a!166 ((_ extract 0 0)
               (bvlshr (ite (= #b000 actp)
                            (ite a!37
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                 p.f_fixed_bitmap)
                            p.f_fixed_bitmap)
                       #x00000002))))
(let ((a!52 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!51
                      p.req_pmu)
                 p.req_pmu))
      (a!83 (= (bvand (ite (= #b000 actp) a!81 |p.f_ev[0]|) #x0000000f000000ff)
               a!82))
      (a!85 (bvand a!84
                   (bvlshr (ite (= #b000 actp) a!81 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!92 (= (bvand (ite (= #b000 actp) a!91 |p.f_ev[1]|) #x0000000f000000ff)
               a!82))
      (a!93 (bvand a!84
                   (bvlshr (ite (= #b000 actp) a!91 |p.f_ev[1]|)
                           #x0000000000000030)))
      (a!111 (= (bvand (ite (= #b000 actp) a!81 |p.f_ev[0]|) #x0000000f000000ff)
                a!110))
      (a!113 (bvand a!112
                    (bvlshr (ite (= #b000 actp) a!81 |p.f_ev[0]|)
                            #x0000000000000030)))
      (a!115 (= (bvand (ite (= #b000 actp) a!91 |p.f_ev[1]|) #x0000000f000000ff)
                a!110))
      (a!116 (bvand a!112
                    (bvlshr (ite (= #b000 actp) a!91 |p.f_ev[1]|)
                            #x0000000000000030)))
      (a!128 (= (ite (= #b010 actp)
                     (ite (bvult #x00 cfg.nr_gp)
                          |p.eventsel_hw[0]|
                          |p.hw_eventsel[0]|)
                     a!127)
                a!71))
      (a!131 (= (ite (= #b010 actp)
                     (ite (bvult #x01 cfg.nr_gp)
                          |p.eventsel_hw[1]|
                          |p.hw_eventsel[1]|)
                     a!130)
                a!106))
      (a!150 (=> (not cfg.amd)
                 (= a!134 (ite (= #b001 actp) a!149 p.fixed_ctr_ctrl_hw))))
      (a!152 (bvand (bvlshr (ite (= #b001 actp) a!149 p.fixed_ctr_ctrl_hw)
                            (bvmul #x0000000000000004 #x0000000000000000))
                    #x000000000000000f))
      (a!154 (not (and a!99 (not (= #b1 a!153)))))
      (a!159 (bvand (bvlshr (ite (= #b001 actp) a!149 p.fixed_ctr_ctrl_hw)
                            (bvmul #x0000000000000004 #x0000000000000001))
                    #x000000000000000f))
      (a!161 (not (and a!99 (not (= #b1 a!160)))))
      (a!165 (bvand (bvlshr (ite (= #b001 actp) a!149 p.fixed_ctr_ctrl_hw)
                            (bvmul #x0000000000000004 #x0000000000000002))
                    #x000000000000000f))
      (a!167 (not (and a!99 (not (= #b1 a!166))))))
(let ((a!53 (ite (= #b100 actp)
                 (ite cfg.amd
                      (ite a!38 true p.req_pmu)
                      (ite a!39 (ite a!40 true p.req_pmu) p.req_pmu))
                 a!52))
      (a!86 (= a!85
               (bvand (ite (= #b000 actp) a!81 |p.f_ev[0]|) #x000000000000ff00)))
      (a!94 (= a!93
               (bvand (ite (= #b000 actp) a!91 |p.f_ev[1]|) #x000000000000ff00)))
      (a!114 (= a!113
                (bvand (ite (= #b000 actp) a!81 |p.f_ev[0]|) #x000000000000ff00)))
      (a!117 (= a!116
                (bvand (ite (= #b000 actp) a!91 |p.f_ev[1]|) #x000000000000ff00)))
      (a!155 (and (not (and a!100 (= #b1 a!153))) a!154))
      (a!162 (and (not (and a!100 (= #b1 a!160))) a!161))
      (a!168 (and (not (and a!100 (= #b1 a!166))) a!167)))
(let ((a!54 (ite (= #b000 actp)
                 (ite a!37 true p.req_pmu)
                 (ite (= #b001 actp) false a!53)))
      (a!95 (or (and (ite (= #b000 actp)
                          (ite a!37 a!80 |p.f_inc[0]|)
                          |p.f_inc[0]|)
                     (and a!83 a!86))
                (and (ite (= #b000 actp)
                          (ite a!37 a!90 |p.f_inc[1]|)
                          |p.f_inc[1]|)
                     (and a!92 a!94))))
      (a!98 (or (and (ite (= #b000 actp)
                          (ite a!37 a!96 |p.f_exc[0]|)
                          |p.f_exc[0]|)
                     (and a!83 a!86))
                (and (ite (= #b000 actp)
                          (ite a!37 a!97 |p.f_exc[1]|)
                          |p.f_exc[1]|)
                     (and a!92 a!94))))
      (a!118 (or (and (ite (= #b000 actp)
                           (ite a!37 a!80 |p.f_inc[0]|)
                           |p.f_inc[0]|)
                      (and a!111 a!114))
                 (and (ite (= #b000 actp)
                           (ite a!37 a!90 |p.f_inc[1]|)
                           |p.f_inc[1]|)
                      (and a!115 a!117))))
      (a!119 (or (and (ite (= #b000 actp)
                           (ite a!37 a!96 |p.f_exc[0]|)
                           |p.f_exc[0]|)
                      (and a!111 a!114))
                 (and (ite (= #b000 actp)
                           (ite a!37 a!97 |p.f_exc[1]|)
                           |p.f_exc[1]|)
                      (and a!115 a!117))))
      (a!158 (=> (and (bvult #x00 cfg.nr_fixed) (not a!60))
                 (= a!152 (ite (or a!75 a!155) a!157 #x0000000000000000))))
      (a!164 (=> (and (bvult #x01 cfg.nr_fixed) (not a!63))
                 (= a!159 (ite (or a!75 a!162) a!163 #x0000000000000000))))
      (a!170 (=> (and (bvult #x02 cfg.nr_fixed) (not a!66))
                 (= a!165 (ite (or a!75 a!168) a!169 #x0000000000000000))))
      (a!171 (= (bvand (bvlshr a!134
                               (bvmul #x0000000000000004 #x0000000000000000))
                       #x000000000000000f)
                (ite (or a!75 a!155) a!157 #x0000000000000000)))
      (a!172 (= (bvand (bvlshr a!134
                               (bvmul #x0000000000000004 #x0000000000000001))
                       #x000000000000000f)
                (ite (or a!75 a!162) a!163 #x0000000000000000)))
      (a!173 (= (bvand (bvlshr a!134
                               (bvmul #x0000000000000004 #x0000000000000002))
                       #x000000000000000f)
                (ite (or a!75 a!168) a!169 #x0000000000000000))))
(let ((a!101 (or a!75 (ite (and a!95 (not a!98)) a!99 a!100)))
      (a!120 (or a!75 (ite (and a!118 (not a!119)) a!99 a!100)))
      (a!151 (=> a!123
                 (and a!125
                      (not a!54)
                      (=> (bvult #x00 cfg.nr_gp) a!128)
                      (=> (bvult #x01 cfg.nr_gp) a!131)
                      a!150)))
      (a!174 (=> (and a!123
                      (ite (= #b010 actp)
                           p.ioctl_since_entry
                           p.entry_after_ioctl)
                      (not cfg.amd))
                 (and (=> (bvult #x00 cfg.nr_fixed) a!171)
                      (=> (bvult #x01 cfg.nr_fixed) a!172)
                      (=> (bvult #x02 cfg.nr_fixed) a!173)))))
(let ((a!102 (=> (and (bvult #x00 cfg.nr_gp) (not a!43))
                 (= (= #b1 ((_ extract 22 22) a!71)) (and a!74 a!101))))
      (a!121 (=> (and (bvult #x01 cfg.nr_gp) (not a!57))
                 (= (= #b1 ((_ extract 22 22) a!106)) (and a!109 a!120)))))
  (and (bvule cfg.nr_gp #x02)
       (bvule cfg.nr_fixed #x03)
       (=> cfg.amd (= #x00 cfg.nr_fixed))
       (=> |p.reprogram_gp[0]| p.req_pmu)
       (=> |p.reprogram_gp[1]| p.req_pmu)
       (=> |p.reprogram_fixed[0]| p.req_pmu)
       (=> |p.reprogram_fixed[1]| p.req_pmu)
       (=> |p.reprogram_fixed[2]| p.req_pmu)
       (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|)) a!5)
       (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|)) a!10)
       a!11
       (=> (and (bvult #x00 cfg.nr_fixed) (not |p.reprogram_fixed[0]|)) a!16)
       (=> (and (bvult #x01 cfg.nr_fixed) (not |p.reprogram_fixed[1]|)) a!21)
       (=> (and (bvult #x02 cfg.nr_fixed) (not |p.reprogram_fixed[2]|)) a!26)
       a!30
       a!31
       (bvult actp #b110)
       (not (and (=> a!43 a!54)
                 (=> a!57 a!54)
                 (=> a!60 a!54)
                 (=> a!63 a!54)
                 (=> a!66 a!54)
                 a!102
                 a!121
                 a!151
                 a!158
                 a!164
                 a!170
                 a!174))))))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand |p.eventsel[0]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand |p.eventsel[0]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!6 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand |p.eventsel[1]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!7 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand |p.eventsel[1]|
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!11 (=> p.at_entry
                (and (= #b1 p.ctx)
                     (not p.req_pmu)
                     (=> (bvult #x00 cfg.nr_gp)
                         (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|))
                     (=> (bvult #x01 cfg.nr_gp)
                         (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|))
                     (=> (not cfg.amd)
                         (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))
      (a!12 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!13 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!17 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!18 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!22 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!23 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7)))))
      (a!14 (and (not a!12) (not (and (= #x00000000 p.f_action) a!13))))
      (a!19 (and (not a!17) (not (and (= #x00000000 p.f_action) a!18))))
      (a!24 (and (not a!22) (not (and (= #x00000000 p.f_action) a!23)))))
(let ((a!4 (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|))
                (or (not p.filter_set)
                    (ite a!3
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!9 (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|))
                (or (not p.filter_set)
                    (ite a!8
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!15 (ite (or (not p.filter_set) a!14)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000000))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!20 (ite (or (not p.filter_set) a!19)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000001))
                        #x000000000000000f)
                 #x0000000000000000))
      (a!25 (ite (or (not p.filter_set) a!24)
                 (bvand (bvlshr p.fixed_ctr_ctrl
                                (bvmul #x0000000000000004 #x0000000000000002))
                        #x000000000000000f)
                 #x0000000000000000)))
(let ((a!5 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|))
               (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) a!4)))
      (a!10 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|))
                (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) a!9)))
      (a!16 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               a!15))
      (a!21 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               a!20))
      (a!26 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               a!25))
      (a!27 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               a!15))
      (a!28 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               a!20))
      (a!29 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               a!25)))
(let ((a!30 (=> (and p.at_entry p.entry_after_ioctl (not cfg.amd))
                (and (=> (bvult #x00 cfg.nr_fixed) a!27)
                     (=> (bvult #x01 cfg.nr_fixed) a!28)
                     (=> (bvult #x02 cfg.nr_fixed) a!29)))))
  (and (bvule cfg.nr_gp #x02)
       (bvule cfg.nr_fixed #x03)
       (=> cfg.amd (= #x00 cfg.nr_fixed))
       (=> |p.reprogram_gp[0]| p.req_pmu)
       (=> |p.reprogram_gp[1]| p.req_pmu)
       (=> |p.reprogram_fixed[0]| p.req_pmu)
       (=> |p.reprogram_fixed[1]| p.req_pmu)
       (=> |p.reprogram_fixed[2]| p.req_pmu)
       a!5
       a!10
       a!11
       (=> (and (bvult #x00 cfg.nr_fixed) (not |p.reprogram_fixed[0]|)) a!16)
       (=> (and (bvult #x01 cfg.nr_fixed) (not |p.reprogram_fixed[1]|)) a!21)
       (=> (and (bvult #x02 cfg.nr_fixed) (not |p.reprogram_fixed[2]|)) a!26)
       a!30
       (not a!30))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.nr_gp cfg.nr_fixed cfg.guest_tsx p.filter_set p.f_action p.f_fixed_bitmap |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| |p.reprogram_gp[0]| |p.reprogram_gp[1]| |p.reprogram_fixed[0]| |p.reprogram_fixed[1]| |p.reprogram_fixed[2]| p.req_pmu p.at_entry p.ioctl_since_entry p.ctx |p.eventsel[0]| |p.eventsel[1]| |p.eventsel_hw[0]| |p.eventsel_hw[1]| p.fixed_ctr_ctrl p.fixed_ctr_ctrl_hw |p.hw_eventsel[0]| |p.hw_eventsel[1]| p.hw_fixed_ctr_ctrl p.entry_after_ioctl
; invariant: (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand |p.eventsel[0]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand |p.eventsel[0]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!6 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand |p.eventsel[1]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!7 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand |p.eventsel[1]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!11 (=> p.at_entry (and (= #b1 p.ctx) (not p.req_pmu) (=> (bvult #x00 cfg.nr_gp) (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|)) (=> (bvult #x01 cfg.nr_gp) (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|)) (=> (not cfg.amd) (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))) (a!12 (and (= #x00000001 p.f_action) (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000))))) (a!13 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000))))) (a!17 (and (= #x00000001 p.f_action) (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001))))) (a!18 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001))))) (a!22 (and (= #x00000001 p.f_action) (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002))))) (a!23 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))) (let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2)) (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2))))) (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7)) (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7))))) (a!14 (and (not a!12) (not (and (= #x00000000 p.f_action) a!13)))) (a!19 (and (not a!17) (not (and (= #x00000000 p.f_action) a!18)))) (a!24 (and (not a!22) (not (and (= #x00000000 p.f_action) a!23))))) (let ((a!4 (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) (or (not p.filter_set) (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))) (a!9 (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) (or (not p.filter_set) (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))) (a!15 (ite (or (not p.filter_set) a!14) (bvand (bvlshr p.fixed_ctr_ctrl (bvmul #x0000000000000004 #x0000000000000000)) #x000000000000000f) #x0000000000000000)) (a!20 (ite (or (not p.filter_set) a!19) (bvand (bvlshr p.fixed_ctr_ctrl (bvmul #x0000000000000004 #x0000000000000001)) #x000000000000000f) #x0000000000000000)) (a!25 (ite (or (not p.filter_set) a!24) (bvand (bvlshr p.fixed_ctr_ctrl (bvmul #x0000000000000004 #x0000000000000002)) #x000000000000000f) #x0000000000000000))) (let ((a!5 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|)) (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) a!4))) (a!10 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|)) (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) a!9))) (a!16 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw (bvmul #x0000000000000004 #x0000000000000000)) #x000000000000000f) a!15)) (a!21 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw (bvmul #x0000000000000004 #x0000000000000001)) #x000000000000000f) a!20)) (a!26 (= (bvand (bvlshr p.fixed_ctr_ctrl_hw (bvmul #x0000000000000004 #x0000000000000002)) #x000000000000000f) a!25)) (a!27 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl (bvmul #x0000000000000004 #x0000000000000000)) #x000000000000000f) a!15)) (a!28 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl (bvmul #x0000000000000004 #x0000000000000001)) #x000000000000000f) a!20)) (a!29 (= (bvand (bvlshr p.hw_fixed_ctr_ctrl (bvmul #x0000000000000004 #x0000000000000002)) #x000000000000000f) a!25))) (let ((a!30 (=> (and p.at_entry p.entry_after_ioctl (not cfg.amd)) (and (=> (bvult #x00 cfg.nr_fixed) a!27) (=> (bvult #x01 cfg.nr_fixed) a!28) (=> (bvult #x02 cfg.nr_fixed) a!29))))) (and (=> |p.reprogram_gp[0]| p.req_pmu) (=> |p.reprogram_gp[1]| p.req_pmu) (=> |p.reprogram_fixed[0]| p.req_pmu) (=> |p.reprogram_fixed[1]| p.req_pmu) (=> |p.reprogram_fixed[2]| p.req_pmu) a!5 a!10 a!11 (=> (and (bvult #x00 cfg.nr_fixed) (not |p.reprogram_fixed[0]|)) a!16) (=> (and (bvult #x01 cfg.nr_fixed) (not |p.reprogram_fixed[1]|)) a!21) (=> (and (bvult #x02 cfg.nr_fixed) (not |p.reprogram_fixed[2]|)) a!26) a!30))))))
; trigger: reached at depth 3
