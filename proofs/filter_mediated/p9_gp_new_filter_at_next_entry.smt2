; vpmu-formal-certificate-1
; spec: filter_mediated
; property: p9_gp_new_filter_at_next_entry
; key: ee136cbd56cc474d668681686823db8b8f68c4d4e4d4acc7fc2c5a5c8803c7f2
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.f_action () (_ BitVec 32))
(declare-fun |p.f_ev[1]| () (_ BitVec 64))
(declare-fun |p.eventsel[1]| () (_ BitVec 64))
(declare-fun cfg.amd () Bool)
(declare-fun |p.f_exc[1]| () Bool)
(declare-fun |p.f_ev[0]| () (_ BitVec 64))
(declare-fun |p.f_exc[0]| () Bool)
(declare-fun |p.f_inc[1]| () Bool)
(declare-fun |p.f_inc[0]| () Bool)
(declare-fun p.filter_set () Bool)
(declare-fun |p.hw_eventsel[1]| () (_ BitVec 64))
(declare-fun cfg.nr_gp () (_ BitVec 8))
(declare-fun |p.eventsel[0]| () (_ BitVec 64))
(declare-fun |p.hw_eventsel[0]| () (_ BitVec 64))
(declare-fun p.entry_after_ioctl () Bool)
(declare-fun p.at_entry () Bool)
(declare-fun p.fixed_ctr_ctrl_hw () (_ BitVec 64))
(declare-fun p.hw_fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun |p.eventsel_hw[1]| () (_ BitVec 64))
(declare-fun |p.eventsel_hw[0]| () (_ BitVec 64))
(declare-fun p.req_pmu () Bool)
(declare-fun p.ctx () (_ BitVec 1))
(declare-fun |p.reprogram_gp[1]| () Bool)
(declare-fun |p.reprogram_gp[0]| () Bool)
(declare-fun |p.reprogram_fixed[2]| () Bool)
(declare-fun |p.reprogram_fixed[1]| () Bool)
(declare-fun |p.reprogram_fixed[0]| () Bool)
(declare-fun p.fixed_ctr_ctrl () (_ BitVec 64))
(declare-fun p.ioctl_since_entry () Bool)
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun cfg.nr_fixed () (_ BitVec 8))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.act () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.nevents () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 () (_ BitVec 64))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev0 () (_ BitVec 64))
(declare-fun actp () (_ BitVec 3))
(declare-fun inp.wrmsr_eventsel.data () (_ BitVec 64))
(declare-fun inp.wrmsr_eventsel.i () (_ BitVec 8))
(declare-fun cfg.guest_tsx () Bool)
(declare-fun inp.wrmsr_fixed_ctr_ctrl.data () (_ BitVec 64))
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
                         (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7))))))
(let ((a!4 (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|))
                (or (not p.filter_set)
                    (ite a!3
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!9 (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|))
                (or (not p.filter_set)
                    (ite a!8
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action))))))
(let ((a!5 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|))
               (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) a!4)))
      (a!10 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|))
                (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) a!9)))
      (a!12 (=> (bvult #x00 cfg.nr_gp)
                (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)) a!4)))
      (a!13 (=> (bvult #x01 cfg.nr_gp)
                (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)) a!9))))
  (and (=> |p.reprogram_gp[0]| p.req_pmu)
       (=> |p.reprogram_gp[1]| p.req_pmu)
       (=> |p.reprogram_fixed[0]| p.req_pmu)
       (=> |p.reprogram_fixed[1]| p.req_pmu)
       (=> |p.reprogram_fixed[2]| p.req_pmu)
       a!5
       a!10
       a!11
       (=> (and p.at_entry p.entry_after_ioctl) (and a!12 a!13))))))))
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
                         (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7))))))
(let ((a!4 (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|))
                (or (not p.filter_set)
                    (ite a!3
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!9 (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|))
                (or (not p.filter_set)
                    (ite a!8
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action))))))
(let ((a!5 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|))
               (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) a!4)))
      (a!10 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|))
                (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) a!9)))
      (a!12 (=> (bvult #x00 cfg.nr_gp)
                (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)) a!4)))
      (a!13 (=> (bvult #x01 cfg.nr_gp)
                (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)) a!9))))
(let ((a!14 (not (and (=> |p.reprogram_gp[0]| p.req_pmu)
                      (=> |p.reprogram_gp[1]| p.req_pmu)
                      (=> |p.reprogram_fixed[0]| p.req_pmu)
                      (=> |p.reprogram_fixed[1]| p.req_pmu)
                      (=> |p.reprogram_fixed[2]| p.req_pmu)
                      a!5
                      a!10
                      a!11
                      (=> (and p.at_entry p.entry_after_ioctl) (and a!12 a!13))))))
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
       a!14)))))))
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
      (a!15 (or (and (= #b000 actp)
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
      (a!16 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!17 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!20 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000000))
                      (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000001)))))
      (a!22 (not (= (bvand inp.wrmsr_eventsel.data (bvnot #xfffffff000280000))
                    (ite (= #x00 inp.wrmsr_eventsel.i)
                         |p.eventsel[0]|
                         |p.eventsel[1]|))))
      (a!23 (not (= inp.wrmsr_eventsel.data
                    (ite (= #x00 inp.wrmsr_eventsel.i)
                         |p.eventsel[0]|
                         |p.eventsel[1]|))))
      (a!24 (= (bvnot (bvor (bvnot inp.wrmsr_eventsel.data)
                            (ite cfg.guest_tsx
                                 #x00000001ffdfffff
                                 #x00000000ffdfffff)))
               #x0000000000000000))
      (a!28 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)))
      (a!29 (ite (and (= ((_ extract 7 2) cfg.nr_fixed) #b000000)
                      (bvule ((_ extract 1 0) cfg.nr_fixed) #b10))
                 #x0000000000000000
                 #x0000000000000b00))
      (a!31 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)))
      (a!32 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)))
      (a!52 (bvor (bvand (bvand inp.wrmsr_eventsel.data
                                (bvnot #xfffffff000280000))
                         (bvnot #x0000020000000000))
                  #x0000010000000000))
      (a!60 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!62 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!71 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!106 (ite (= #b011 actp)
                  false
                  (ite (= #b100 actp)
                       false
                       (ite (= #b101 actp) false p.at_entry))))
      (a!108 (ite (= #b100 actp)
                  (ite (= #b1 p.ctx) #b0 p.ctx)
                  (ite (= #b101 actp) (ite (= #b1 p.ctx) #b0 p.ctx) p.ctx)))
      (a!110 (ite (= #b1 p.ctx)
                  (ite (bvult #x00 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[0]|)
                  |p.hw_eventsel[0]|))
      (a!113 (ite (= #b1 p.ctx)
                  (ite (bvult #x01 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!116 (ite (= #b1 p.ctx)
                  (ite (not cfg.amd) #x0000000000000000 p.hw_fixed_ctr_ctrl)
                  p.hw_fixed_ctr_ctrl))
      (a!118 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x02)))))
      (a!120 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x01)))))
      (a!122 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x00)))))
      (a!124 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x00)))))
      (a!125 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x00)))))
      (a!127 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x01)))))
      (a!128 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x01)))))
      (a!130 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x02)))))
      (a!131 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x02))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7)))))
      (a!18 (and (or (= inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                        #x00000000)
                     (= a!16 #x0000000000000000))
                 (or (= ((_ extract 31 1)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b0000000000000000000000000000000)
                     (= a!17 #x0000000000000000))))
      (a!25 (ite a!23
                 (ite (and a!24 (= inp.wrmsr_eventsel.i #x00))
                      true
                      |p.reprogram_gp[0]|)
                 |p.reprogram_gp[0]|))
      (a!30 (bvor (bvnot inp.wrmsr_fixed_ctr_ctrl.data)
                  (ite (= cfg.nr_fixed #x00)
                       #x0000000000000000
                       #x000000000000000b)
                  (ite (= ((_ extract 7 1) cfg.nr_fixed) #b0000000)
                       #x0000000000000000
                       #x00000000000000b0)
                  a!29))
      (a!39 (ite a!23
                 (ite (and a!24 (= inp.wrmsr_eventsel.i #x01))
                      true
                      |p.reprogram_gp[1]|)
                 |p.reprogram_gp[1]|))
      (a!53 (ite a!23
                 (ite (and a!24 (= inp.wrmsr_eventsel.i #x00))
                      inp.wrmsr_eventsel.data
                      |p.eventsel_hw[0]|)
                 |p.eventsel_hw[0]|))
      (a!56 (ite a!22
                 (ite (= inp.wrmsr_eventsel.i #x00)
                      (bvand inp.wrmsr_eventsel.data (bvnot #xfffffff000280000))
                      |p.eventsel[0]|)
                 |p.eventsel[0]|))
      (a!57 (ite a!23
                 (ite (and a!24 (= inp.wrmsr_eventsel.i #x00))
                      inp.wrmsr_eventsel.data
                      |p.eventsel[0]|)
                 |p.eventsel[0]|))
      (a!61 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!60)))
      (a!63 (or a!62
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!72 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!71)))
      (a!73 (or a!62
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
      (a!88 (ite a!23
                 (ite (and a!24 (= inp.wrmsr_eventsel.i #x01))
                      inp.wrmsr_eventsel.data
                      |p.eventsel_hw[1]|)
                 |p.eventsel_hw[1]|))
      (a!91 (ite a!22
                 (ite (= inp.wrmsr_eventsel.i #x01)
                      (bvand inp.wrmsr_eventsel.data (bvnot #xfffffff000280000))
                      |p.eventsel[1]|)
                 |p.eventsel[1]|))
      (a!92 (ite a!23
                 (ite (and a!24 (= inp.wrmsr_eventsel.i #x01))
                      inp.wrmsr_eventsel.data
                      |p.eventsel[1]|)
                 |p.eventsel[1]|))
      (a!107 (ite (= #b000 actp) false (ite (= #b010 actp) true a!106)))
      (a!109 (= #b1 (ite (= #b010 actp) #b1 (ite (= #b011 actp) #b0 a!108))))
      (a!111 (ite (= #b011 actp)
                  (ite (bvult #x00 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[0]|)
                  (ite (= #b100 actp)
                       a!110
                       (ite (= #b101 actp) a!110 |p.hw_eventsel[0]|))))
      (a!114 (ite (= #b011 actp)
                  (ite (bvult #x01 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  (ite (= #b100 actp)
                       a!113
                       (ite (= #b101 actp) a!113 |p.hw_eventsel[1]|))))
      (a!117 (ite (= #b011 actp)
                  (ite (not cfg.amd) #x0000000000000000 p.hw_fixed_ctr_ctrl)
                  (ite (= #b100 actp)
                       a!116
                       (ite (= #b101 actp) a!116 p.hw_fixed_ctr_ctrl))))
      (a!119 (and (not (and (= #x00000001 p.f_action) a!118))
                  (not (and (= #x00000000 p.f_action) (not a!118)))))
      (a!121 (and (not (and (= #x00000001 p.f_action) a!120))
                  (not (and (= #x00000000 p.f_action) (not a!120)))))
      (a!123 (and (not (and (= #x00000001 p.f_action) a!122))
                  (not (and (= #x00000000 p.f_action) (not a!122))))))
(let ((a!4 (or (not p.filter_set)
               (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!9 (or (not p.filter_set)
               (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!19 (and (not (= ((_ extract 0 0)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0))
                 (not a!18)))
      (a!26 (ite cfg.amd
                 (ite a!22
                      (ite (= inp.wrmsr_eventsel.i #x00)
                           true
                           |p.reprogram_gp[0]|)
                      |p.reprogram_gp[0]|)
                 a!25))
      (a!33 (ite (and (bvult #x00 cfg.nr_fixed) (not a!32))
                 (ite (= (bvnot a!30) #x0000000000000000) true p.req_pmu)
                 p.req_pmu))
      (a!40 (ite cfg.amd
                 (ite a!22
                      (ite (= inp.wrmsr_eventsel.i #x01)
                           true
                           |p.reprogram_gp[1]|)
                      |p.reprogram_gp[1]|)
                 a!39))
      (a!42 (ite (and (bvult #x00 cfg.nr_fixed) (not a!32))
                 (ite (= (bvnot a!30) #x0000000000000000)
                      true
                      |p.reprogram_fixed[0]|)
                 |p.reprogram_fixed[0]|))
      (a!45 (ite (and (bvult #x01 cfg.nr_fixed) (not a!31))
                 (ite (= (bvnot a!30) #x0000000000000000)
                      true
                      |p.reprogram_fixed[1]|)
                 |p.reprogram_fixed[1]|))
      (a!48 (ite (and (bvult #x02 cfg.nr_fixed) (not a!28))
                 (ite (= (bvnot a!30) #x0000000000000000)
                      true
                      |p.reprogram_fixed[2]|)
                 |p.reprogram_fixed[2]|))
      (a!54 (ite cfg.amd
                 (ite a!22
                      (ite (= inp.wrmsr_eventsel.i #x00)
                           a!52
                           |p.eventsel_hw[0]|)
                      |p.eventsel_hw[0]|)
                 a!53))
      (a!58 (= #b1
               ((_ extract 22 22)
                 (ite (= #b100 actp) (ite cfg.amd a!56 a!57) |p.eventsel[0]|))))
      (a!64 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!61)
                 a!63))
      (a!66 (bvand (ite (= #b100 actp) (ite cfg.amd a!56 a!57) |p.eventsel[0]|)
                   (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                   #x0000000f000000ff))
      (a!68 (bvand (ite (= #b100 actp) (ite cfg.amd a!56 a!57) |p.eventsel[0]|)
                   #x000000000000ff00))
      (a!74 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!72)
                 a!73))
      (a!80 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!61)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!81 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!72)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1))))
      (a!89 (ite cfg.amd
                 (ite a!22
                      (ite (= inp.wrmsr_eventsel.i #x01)
                           a!52
                           |p.eventsel_hw[1]|)
                      |p.eventsel_hw[1]|)
                 a!88))
      (a!93 (= #b1
               ((_ extract 22 22)
                 (ite (= #b100 actp) (ite cfg.amd a!91 a!92) |p.eventsel[1]|))))
      (a!94 (bvand (ite (= #b100 actp) (ite cfg.amd a!91 a!92) |p.eventsel[1]|)
                   (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                   #x0000000f000000ff))
      (a!96 (bvand (ite (= #b100 actp) (ite cfg.amd a!91 a!92) |p.eventsel[1]|)
                   #x000000000000ff00))
      (a!112 (ite (= #b010 actp)
                  (ite (bvult #x00 cfg.nr_gp)
                       |p.eventsel_hw[0]|
                       |p.hw_eventsel[0]|)
                  a!111))
      (a!115 (ite (= #b010 actp)
                  (ite (bvult #x01 cfg.nr_gp)
                       |p.eventsel_hw[1]|
                       |p.hw_eventsel[1]|)
                  a!114))
      (a!126 (ite (and |p.reprogram_fixed[0]| (bvult #x00 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!123)
                       (bvor (bvand p.fixed_ctr_ctrl_hw a!124) a!125)
                       (bvand p.fixed_ctr_ctrl_hw a!124))
                  p.fixed_ctr_ctrl_hw))
      (a!133 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                  (ite (= (bvnot a!30) #x0000000000000000)
                       inp.wrmsr_fixed_ctr_ctrl.data
                       p.fixed_ctr_ctrl_hw)
                  p.fixed_ctr_ctrl_hw)))
(let ((a!5 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|))
              (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) a!4)))
      (a!10 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|))
               (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) a!9)))
      (a!12 (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|))
               (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) a!4)))
      (a!13 (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|))
               (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) a!9)))
      (a!21 (and (not a!19)
                 (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!20))
      (a!34 (ite (and (bvult #x01 cfg.nr_fixed) (not a!31))
                 (ite (= (bvnot a!30) #x0000000000000000) true a!33)
                 a!33))
      (a!43 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!42
                      |p.reprogram_fixed[0]|)
                 |p.reprogram_fixed[0]|))
      (a!46 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!45
                      |p.reprogram_fixed[1]|)
                 |p.reprogram_fixed[1]|))
      (a!49 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!48
                      |p.reprogram_fixed[2]|)
                 |p.reprogram_fixed[2]|))
      (a!51 (ite a!4
                 (bvor (bvand |p.eventsel_hw[0]| (bvnot #x0000000000400000))
                       (bvand |p.eventsel[0]| #x0000000000400000))
                 (bvand |p.eventsel_hw[0]| (bvnot #x0000000000400000))))
      (a!87 (ite a!9
                 (bvor (bvand |p.eventsel_hw[1]| (bvnot #x0000000000400000))
                       (bvand |p.eventsel[1]| #x0000000000400000))
                 (bvand |p.eventsel_hw[1]| (bvnot #x0000000000400000))))
      (a!129 (ite (and |p.reprogram_fixed[1]| (bvult #x01 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!121)
                       (bvor (bvand a!126 a!127) a!128)
                       (bvand a!126 a!127))
                  a!126)))
(let ((a!14 (=> (and p.at_entry p.entry_after_ioctl)
                (and (=> (bvult #x00 cfg.nr_gp) a!12)
                     (=> (bvult #x01 cfg.nr_gp) a!13))))
      (a!27 (ite (= #b000 actp)
                 (ite a!21 true |p.reprogram_gp[0]|)
                 (ite (= #b001 actp)
                      false
                      (ite (= #b100 actp) a!26 |p.reprogram_gp[0]|))))
      (a!35 (ite (and (bvult #x02 cfg.nr_fixed) (not a!28))
                 (ite (= (bvnot a!30) #x0000000000000000) true a!34)
                 a!34))
      (a!41 (ite (= #b000 actp)
                 (ite a!21 true |p.reprogram_gp[1]|)
                 (ite (= #b001 actp)
                      false
                      (ite (= #b100 actp) a!40 |p.reprogram_gp[1]|))))
      (a!55 (ite (= #b001 actp)
                 (ite (and |p.reprogram_gp[0]| (bvult #x00 cfg.nr_gp))
                      a!51
                      |p.eventsel_hw[0]|)
                 (ite (= #b100 actp) a!54 |p.eventsel_hw[0]|)))
      (a!59 (not (ite (= #b000 actp) (ite a!21 true p.filter_set) p.filter_set)))
      (a!65 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!21
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!21
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!75 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!21
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!21
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!83 (= #x00000000
               (ite (= #b000 actp)
                    (ite a!21
                         inp.kvm_vm_ioctl_set_pmu_event_filter.act
                         p.f_action)
                    p.f_action)))
      (a!84 (= #x00000001
               (ite (= #b000 actp)
                    (ite a!21
                         inp.kvm_vm_ioctl_set_pmu_event_filter.act
                         p.f_action)
                    p.f_action)))
      (a!90 (ite (= #b001 actp)
                 (ite (and |p.reprogram_gp[1]| (bvult #x01 cfg.nr_gp))
                      a!87
                      |p.eventsel_hw[1]|)
                 (ite (= #b100 actp) a!89 |p.eventsel_hw[1]|)))
      (a!132 (ite (and |p.reprogram_fixed[2]| (bvult #x02 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!119)
                       (bvor (bvand a!129 a!130) a!131)
                       (bvand a!129 a!130))
                  a!129)))
(let ((a!36 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!35
                      p.req_pmu)
                 p.req_pmu))
      (a!67 (= (bvand (ite (= #b000 actp) a!65 |p.f_ev[0]|) #x0000000f000000ff)
               a!66))
      (a!69 (bvand a!68
                   (bvlshr (ite (= #b000 actp) a!65 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!76 (= (bvand (ite (= #b000 actp) a!75 |p.f_ev[1]|) #x0000000f000000ff)
               a!66))
      (a!77 (bvand a!68
                   (bvlshr (ite (= #b000 actp) a!75 |p.f_ev[1]|)
                           #x0000000000000030)))
      (a!95 (= (bvand (ite (= #b000 actp) a!65 |p.f_ev[0]|) #x0000000f000000ff)
               a!94))
      (a!97 (bvand a!96
                   (bvlshr (ite (= #b000 actp) a!65 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!99 (= (bvand (ite (= #b000 actp) a!75 |p.f_ev[1]|) #x0000000f000000ff)
               a!94))
      (a!100 (bvand a!96
                    (bvlshr (ite (= #b000 actp) a!75 |p.f_ev[1]|)
                            #x0000000000000030)))
      (a!134 (= (ite (= #b010 actp)
                     (ite (not cfg.amd) p.fixed_ctr_ctrl_hw p.hw_fixed_ctr_ctrl)
                     a!117)
                (ite (= #b001 actp)
                     a!132
                     (ite (= #b101 actp) a!133 p.fixed_ctr_ctrl_hw)))))
(let ((a!37 (ite (= #b100 actp)
                 (ite cfg.amd
                      (ite a!22 true p.req_pmu)
                      (ite a!23 (ite a!24 true p.req_pmu) p.req_pmu))
                 a!36))
      (a!70 (= a!69
               (bvand (ite (= #b000 actp) a!65 |p.f_ev[0]|) #x000000000000ff00)))
      (a!78 (= a!77
               (bvand (ite (= #b000 actp) a!75 |p.f_ev[1]|) #x000000000000ff00)))
      (a!98 (= a!97
               (bvand (ite (= #b000 actp) a!65 |p.f_ev[0]|) #x000000000000ff00)))
      (a!101 (= a!100
                (bvand (ite (= #b000 actp) a!75 |p.f_ev[1]|) #x000000000000ff00))))
(let ((a!38 (ite (= #b000 actp)
                 (ite a!21 true p.req_pmu)
                 (ite (= #b001 actp) false a!37)))
      (a!79 (or (and (ite (= #b000 actp)
                          (ite a!21 a!64 |p.f_inc[0]|)
                          |p.f_inc[0]|)
                     (and a!67 a!70))
                (and (ite (= #b000 actp)
                          (ite a!21 a!74 |p.f_inc[1]|)
                          |p.f_inc[1]|)
                     (and a!76 a!78))))
      (a!82 (or (and (ite (= #b000 actp)
                          (ite a!21 a!80 |p.f_exc[0]|)
                          |p.f_exc[0]|)
                     (and a!67 a!70))
                (and (ite (= #b000 actp)
                          (ite a!21 a!81 |p.f_exc[1]|)
                          |p.f_exc[1]|)
                     (and a!76 a!78))))
      (a!102 (or (and (ite (= #b000 actp)
                           (ite a!21 a!64 |p.f_inc[0]|)
                           |p.f_inc[0]|)
                      (and a!95 a!98))
                 (and (ite (= #b000 actp)
                           (ite a!21 a!74 |p.f_inc[1]|)
                           |p.f_inc[1]|)
                      (and a!99 a!101))))
      (a!103 (or (and (ite (= #b000 actp)
                           (ite a!21 a!80 |p.f_exc[0]|)
                           |p.f_exc[0]|)
                      (and a!95 a!98))
                 (and (ite (= #b000 actp)
                           (ite a!21 a!81 |p.f_exc[1]|)
                           |p.f_exc[1]|)
                      (and a!99 a!101)))))
(let ((a!44 (=> (ite (= #b000 actp)
                     (ite a!21 true |p.reprogram_fixed[0]|)
                     (ite (= #b001 actp) false a!43))
                a!38))
      (a!47 (=> (ite (= #b000 actp)
                     (ite a!21 true |p.reprogram_fixed[1]|)
                     (ite (= #b001 actp) false a!46))
                a!38))
      (a!50 (=> (ite (= #b000 actp)
                     (ite a!21 true |p.reprogram_fixed[2]|)
                     (ite (= #b001 actp) false a!49))
                a!38))
      (a!85 (or a!59 (ite (and a!79 (not a!82)) a!83 a!84)))
      (a!104 (or a!59 (ite (and a!102 (not a!103)) a!83 a!84)))
      (a!135 (=> a!107
                 (and a!109
                      (not a!38)
                      (=> (bvult #x00 cfg.nr_gp) (= a!112 a!55))
                      (=> (bvult #x01 cfg.nr_gp) (= a!115 a!90))
                      (=> (not cfg.amd) a!134)))))
(let ((a!86 (=> (and (bvult #x00 cfg.nr_gp) (not a!27))
                (= (= #b1 ((_ extract 22 22) a!55)) (and a!58 a!85))))
      (a!105 (=> (and (bvult #x01 cfg.nr_gp) (not a!41))
                 (= (= #b1 ((_ extract 22 22) a!90)) (and a!93 a!104))))
      (a!136 (=> (bvult #x00 cfg.nr_gp)
                 (= (= #b1 ((_ extract 22 22) a!112)) (and a!58 a!85))))
      (a!137 (=> (bvult #x01 cfg.nr_gp)
                 (= (= #b1 ((_ extract 22 22) a!115)) (and a!93 a!104)))))
(let ((a!138 (=> (and a!107
                      (ite (= #b010 actp)
                           p.ioctl_since_entry
                           p.entry_after_ioctl))
                 (and a!136 a!137))))
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
       a!14
       a!15
       (bvult actp #b110)
       (not (and (=> a!27 a!38)
                 (=> a!41 a!38)
                 a!44
                 a!47
                 a!50
                 a!86
                 a!105
                 a!135
                 a!138)))))))))))))))
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
                         (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7))))))
(let ((a!4 (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|))
                (or (not p.filter_set)
                    (ite a!3
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action)))))
      (a!9 (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|))
                (or (not p.filter_set)
                    (ite a!8
                         (= #x00000000 p.f_action)
                         (= #x00000001 p.f_action))))))
(let ((a!5 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|))
               (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) a!4)))
      (a!10 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|))
                (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) a!9)))
      (a!12 (=> (bvult #x00 cfg.nr_gp)
                (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)) a!4)))
      (a!13 (=> (bvult #x01 cfg.nr_gp)
                (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)) a!9))))
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
       (=> (and p.at_entry p.entry_after_ioctl) (and a!12 a!13))
       (not (=> (and p.at_entry p.entry_after_ioctl) (and a!12 a!13)))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.nr_gp cfg.nr_fixed cfg.guest_tsx p.filter_set p.f_action p.f_fixed_bitmap |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| |p.reprogram_gp[0]| |p.reprogram_gp[1]| |p.reprogram_fixed[0]| |p.reprogram_fixed[1]| |p.reprogram_fixed[2]| p.req_pmu p.at_entry p.ioctl_since_entry p.ctx |p.eventsel[0]| |p.eventsel[1]| |p.eventsel_hw[0]| |p.eventsel_hw[1]| p.fixed_ctr_ctrl p.fixed_ctr_ctrl_hw |p.hw_eventsel[0]| |p.hw_eventsel[1]| p.hw_fixed_ctr_ctrl p.entry_after_ioctl
; invariant: (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand |p.eventsel[0]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand |p.eventsel[0]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!6 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand |p.eventsel[1]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!7 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand |p.eventsel[1]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!11 (=> p.at_entry (and (= #b1 p.ctx) (not p.req_pmu) (=> (bvult #x00 cfg.nr_gp) (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|)) (=> (bvult #x01 cfg.nr_gp) (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|)) (=> (not cfg.amd) (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))) (let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2)) (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2))))) (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7)) (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7)))))) (let ((a!4 (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) (or (not p.filter_set) (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))) (a!9 (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) (or (not p.filter_set) (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))))) (let ((a!5 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|)) (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) a!4))) (a!10 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|)) (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) a!9))) (a!12 (=> (bvult #x00 cfg.nr_gp) (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)) a!4))) (a!13 (=> (bvult #x01 cfg.nr_gp) (= (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)) a!9)))) (and (=> |p.reprogram_gp[0]| p.req_pmu) (=> |p.reprogram_gp[1]| p.req_pmu) (=> |p.reprogram_fixed[0]| p.req_pmu) (=> |p.reprogram_fixed[1]| p.req_pmu) (=> |p.reprogram_fixed[2]| p.req_pmu) a!5 a!10 a!11 (=> (and p.at_entry p.entry_after_ioctl) (and a!12 a!13)))))))
; trigger: reached at depth 3
