; vpmu-formal-certificate-1
; spec: filter_mediated
; property: p8_gp_filter_enforced_at_entry
; key: 00c3337e8ef4bed63f0901947603f30ecd721269801b6662933065900b5762b2
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
(define-fun invariant ((cfg.amd Bool) (cfg.nr_gp (_ BitVec 8)) (cfg.nr_fixed (_ BitVec 8)) (cfg.guest_tsx Bool) (p.filter_set Bool) (p.f_action (_ BitVec 32)) (p.f_fixed_bitmap (_ BitVec 32)) (|p.f_ev[0]| (_ BitVec 64)) (|p.f_ev[1]| (_ BitVec 64)) (|p.f_inc[0]| Bool) (|p.f_inc[1]| Bool) (|p.f_exc[0]| Bool) (|p.f_exc[1]| Bool) (|p.reprogram_gp[0]| Bool) (|p.reprogram_gp[1]| Bool) (|p.reprogram_fixed[0]| Bool) (|p.reprogram_fixed[1]| Bool) (|p.reprogram_fixed[2]| Bool) (p.req_pmu Bool) (p.at_entry Bool) (p.ctx (_ BitVec 1)) (|p.eventsel[0]| (_ BitVec 64)) (|p.eventsel[1]| (_ BitVec 64)) (|p.eventsel_hw[0]| (_ BitVec 64)) (|p.eventsel_hw[1]| (_ BitVec 64)) (p.fixed_ctr_ctrl (_ BitVec 64)) (p.fixed_ctr_ctrl_hw (_ BitVec 64)) (|p.hw_eventsel[0]| (_ BitVec 64)) (|p.hw_eventsel[1]| (_ BitVec 64)) (p.hw_fixed_ctr_ctrl (_ BitVec 64))) Bool
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
(let ((a!4 (or (not p.filter_set)
               (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!9 (or (not p.filter_set)
               (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))))
(let ((a!5 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|))
              (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) a!4)))
      (a!10 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|))
               (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) a!9)))
      (a!12 (=> (and (bvult #x00 cfg.nr_gp)
                     (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                a!4))
      (a!13 (=> (and (bvult #x01 cfg.nr_gp)
                     (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                a!9)))
  (and (=> |p.reprogram_gp[0]| p.req_pmu)
       (=> |p.reprogram_gp[1]| p.req_pmu)
       (=> |p.reprogram_fixed[0]| p.req_pmu)
       (=> |p.reprogram_fixed[1]| p.req_pmu)
       (=> |p.reprogram_fixed[2]| p.req_pmu)
       (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|)) a!5)
       (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|)) a!10)
       a!11
       (=> p.at_entry (and a!12 a!13))))))))
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
(let ((a!4 (or (not p.filter_set)
               (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!9 (or (not p.filter_set)
               (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))))
(let ((a!5 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|))
              (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) a!4)))
      (a!10 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|))
               (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) a!9)))
      (a!12 (=> (and (bvult #x00 cfg.nr_gp)
                     (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                a!4))
      (a!13 (=> (and (bvult #x01 cfg.nr_gp)
                     (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                a!9)))
(let ((a!14 (and (=> |p.reprogram_gp[0]| p.req_pmu)
                 (=> |p.reprogram_gp[1]| p.req_pmu)
                 (=> |p.reprogram_fixed[0]| p.req_pmu)
                 (=> |p.reprogram_fixed[1]| p.req_pmu)
                 (=> |p.reprogram_fixed[2]| p.req_pmu)
                 (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|)) a!5)
                 (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|))
                     a!10)
                 a!11
                 (=> p.at_entry (and a!12 a!13)))))
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
       (= #b0 p.ctx)
       (= #x0000000000000000 |p.eventsel[0]|)
       (= #x0000000000000000 |p.eventsel[1]|)
       (= #x0000000000000000 |p.eventsel_hw[0]|)
       (= #x0000000000000000 |p.eventsel_hw[1]|)
       (= #x0000000000000000 p.fixed_ctr_ctrl)
       (= #x0000000000000000 p.fixed_ctr_ctrl_hw)
       (not a!14))))))))
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
      (a!14 (or (and (= #b000 actp)
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
      (a!15 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!16 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!19 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000000))
                      (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000001)))))
      (a!21 (not (= (bvand inp.wrmsr_eventsel.data (bvnot #xfffffff000280000))
                    (ite (= #x00 inp.wrmsr_eventsel.i)
                         |p.eventsel[0]|
                         |p.eventsel[1]|))))
      (a!22 (not (= inp.wrmsr_eventsel.data
                    (ite (= #x00 inp.wrmsr_eventsel.i)
                         |p.eventsel[0]|
                         |p.eventsel[1]|))))
      (a!23 (= (bvnot (bvor (bvnot inp.wrmsr_eventsel.data)
                            (ite cfg.guest_tsx
                                 #x00000001ffdfffff
                                 #x00000000ffdfffff)))
               #x0000000000000000))
      (a!27 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000002))
                      #x000000000000000f)))
      (a!28 (ite (and (= ((_ extract 7 2) cfg.nr_fixed) #b000000)
                      (bvule ((_ extract 1 0) cfg.nr_fixed) #b10))
                 #x0000000000000000
                 #x0000000000000b00))
      (a!30 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000001))
                      #x000000000000000f)))
      (a!31 (= (bvand (bvlshr inp.wrmsr_fixed_ctr_ctrl.data
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)
               (bvand (bvlshr p.fixed_ctr_ctrl
                              (bvmul #x0000000000000004 #x0000000000000000))
                      #x000000000000000f)))
      (a!51 (bvor (bvand (bvand inp.wrmsr_eventsel.data
                                (bvnot #xfffffff000280000))
                         (bvnot #x0000020000000000))
                  #x0000010000000000))
      (a!59 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!61 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!70 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!105 (ite (= #b011 actp)
                  false
                  (ite (= #b100 actp)
                       false
                       (ite (= #b101 actp) false p.at_entry))))
      (a!107 (ite (= #b100 actp)
                  (ite (= #b1 p.ctx) #b0 p.ctx)
                  (ite (= #b101 actp) (ite (= #b1 p.ctx) #b0 p.ctx) p.ctx)))
      (a!109 (ite (= #b1 p.ctx)
                  (ite (bvult #x00 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[0]|)
                  |p.hw_eventsel[0]|))
      (a!112 (ite (= #b1 p.ctx)
                  (ite (bvult #x01 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  |p.hw_eventsel[1]|))
      (a!115 (ite (= #b1 p.ctx)
                  (ite (not cfg.amd) #x0000000000000000 p.hw_fixed_ctr_ctrl)
                  p.hw_fixed_ctr_ctrl))
      (a!117 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x02)))))
      (a!119 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x01)))))
      (a!121 (= #b1
                ((_ extract 0 0)
                  (bvlshr p.f_fixed_bitmap ((_ zero_extend 24) #x00)))))
      (a!123 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x00)))))
      (a!124 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x00)))))
      (a!126 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x01)))))
      (a!127 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x01)))))
      (a!129 (bvnot (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x02)))))
      (a!130 (bvand p.fixed_ctr_ctrl
                    (bvshl #x000000000000000f
                           (bvmul #x0000000000000004 ((_ zero_extend 56) #x02))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7))
                (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7)))))
      (a!17 (and (or (= inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                        #x00000000)
                     (= a!15 #x0000000000000000))
                 (or (= ((_ extract 31 1)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b0000000000000000000000000000000)
                     (= a!16 #x0000000000000000))))
      (a!24 (ite a!22
                 (ite (and a!23 (= inp.wrmsr_eventsel.i #x00))
                      true
                      |p.reprogram_gp[0]|)
                 |p.reprogram_gp[0]|))
      (a!29 (bvor (bvnot inp.wrmsr_fixed_ctr_ctrl.data)
                  (ite (= cfg.nr_fixed #x00)
                       #x0000000000000000
                       #x000000000000000b)
                  (ite (= ((_ extract 7 1) cfg.nr_fixed) #b0000000)
                       #x0000000000000000
                       #x00000000000000b0)
                  a!28))
      (a!38 (ite a!22
                 (ite (and a!23 (= inp.wrmsr_eventsel.i #x01))
                      true
                      |p.reprogram_gp[1]|)
                 |p.reprogram_gp[1]|))
      (a!52 (ite a!22
                 (ite (and a!23 (= inp.wrmsr_eventsel.i #x00))
                      inp.wrmsr_eventsel.data
                      |p.eventsel_hw[0]|)
                 |p.eventsel_hw[0]|))
      (a!55 (ite a!21
                 (ite (= inp.wrmsr_eventsel.i #x00)
                      (bvand inp.wrmsr_eventsel.data (bvnot #xfffffff000280000))
                      |p.eventsel[0]|)
                 |p.eventsel[0]|))
      (a!56 (ite a!22
                 (ite (and a!23 (= inp.wrmsr_eventsel.i #x00))
                      inp.wrmsr_eventsel.data
                      |p.eventsel[0]|)
                 |p.eventsel[0]|))
      (a!60 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!59)))
      (a!62 (or a!61
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!71 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!70)))
      (a!72 (or a!61
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
      (a!87 (ite a!22
                 (ite (and a!23 (= inp.wrmsr_eventsel.i #x01))
                      inp.wrmsr_eventsel.data
                      |p.eventsel_hw[1]|)
                 |p.eventsel_hw[1]|))
      (a!90 (ite a!21
                 (ite (= inp.wrmsr_eventsel.i #x01)
                      (bvand inp.wrmsr_eventsel.data (bvnot #xfffffff000280000))
                      |p.eventsel[1]|)
                 |p.eventsel[1]|))
      (a!91 (ite a!22
                 (ite (and a!23 (= inp.wrmsr_eventsel.i #x01))
                      inp.wrmsr_eventsel.data
                      |p.eventsel[1]|)
                 |p.eventsel[1]|))
      (a!106 (ite (= #b000 actp) false (ite (= #b010 actp) true a!105)))
      (a!108 (= #b1 (ite (= #b010 actp) #b1 (ite (= #b011 actp) #b0 a!107))))
      (a!110 (ite (= #b011 actp)
                  (ite (bvult #x00 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[0]|)
                  (ite (= #b100 actp)
                       a!109
                       (ite (= #b101 actp) a!109 |p.hw_eventsel[0]|))))
      (a!113 (ite (= #b011 actp)
                  (ite (bvult #x01 cfg.nr_gp)
                       #x0000000000000000
                       |p.hw_eventsel[1]|)
                  (ite (= #b100 actp)
                       a!112
                       (ite (= #b101 actp) a!112 |p.hw_eventsel[1]|))))
      (a!116 (ite (= #b011 actp)
                  (ite (not cfg.amd) #x0000000000000000 p.hw_fixed_ctr_ctrl)
                  (ite (= #b100 actp)
                       a!115
                       (ite (= #b101 actp) a!115 p.hw_fixed_ctr_ctrl))))
      (a!118 (and (not (and (= #x00000001 p.f_action) a!117))
                  (not (and (= #x00000000 p.f_action) (not a!117)))))
      (a!120 (and (not (and (= #x00000001 p.f_action) a!119))
                  (not (and (= #x00000000 p.f_action) (not a!119)))))
      (a!122 (and (not (and (= #x00000001 p.f_action) a!121))
                  (not (and (= #x00000000 p.f_action) (not a!121))))))
(let ((a!4 (or (not p.filter_set)
               (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!9 (or (not p.filter_set)
               (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!18 (and (not (= ((_ extract 0 0)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0))
                 (not a!17)))
      (a!25 (ite cfg.amd
                 (ite a!21
                      (ite (= inp.wrmsr_eventsel.i #x00)
                           true
                           |p.reprogram_gp[0]|)
                      |p.reprogram_gp[0]|)
                 a!24))
      (a!32 (ite (and (bvult #x00 cfg.nr_fixed) (not a!31))
                 (ite (= (bvnot a!29) #x0000000000000000) true p.req_pmu)
                 p.req_pmu))
      (a!39 (ite cfg.amd
                 (ite a!21
                      (ite (= inp.wrmsr_eventsel.i #x01)
                           true
                           |p.reprogram_gp[1]|)
                      |p.reprogram_gp[1]|)
                 a!38))
      (a!41 (ite (and (bvult #x00 cfg.nr_fixed) (not a!31))
                 (ite (= (bvnot a!29) #x0000000000000000)
                      true
                      |p.reprogram_fixed[0]|)
                 |p.reprogram_fixed[0]|))
      (a!44 (ite (and (bvult #x01 cfg.nr_fixed) (not a!30))
                 (ite (= (bvnot a!29) #x0000000000000000)
                      true
                      |p.reprogram_fixed[1]|)
                 |p.reprogram_fixed[1]|))
      (a!47 (ite (and (bvult #x02 cfg.nr_fixed) (not a!27))
                 (ite (= (bvnot a!29) #x0000000000000000)
                      true
                      |p.reprogram_fixed[2]|)
                 |p.reprogram_fixed[2]|))
      (a!53 (ite cfg.amd
                 (ite a!21
                      (ite (= inp.wrmsr_eventsel.i #x00)
                           a!51
                           |p.eventsel_hw[0]|)
                      |p.eventsel_hw[0]|)
                 a!52))
      (a!57 (= #b1
               ((_ extract 22 22)
                 (ite (= #b100 actp) (ite cfg.amd a!55 a!56) |p.eventsel[0]|))))
      (a!63 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!60)
                 a!62))
      (a!65 (bvand (ite (= #b100 actp) (ite cfg.amd a!55 a!56) |p.eventsel[0]|)
                   (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                   #x0000000f000000ff))
      (a!67 (bvand (ite (= #b100 actp) (ite cfg.amd a!55 a!56) |p.eventsel[0]|)
                   #x000000000000ff00))
      (a!73 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!71)
                 a!72))
      (a!79 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!60)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!80 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!71)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1))))
      (a!88 (ite cfg.amd
                 (ite a!21
                      (ite (= inp.wrmsr_eventsel.i #x01)
                           a!51
                           |p.eventsel_hw[1]|)
                      |p.eventsel_hw[1]|)
                 a!87))
      (a!92 (= #b1
               ((_ extract 22 22)
                 (ite (= #b100 actp) (ite cfg.amd a!90 a!91) |p.eventsel[1]|))))
      (a!93 (bvand (ite (= #b100 actp) (ite cfg.amd a!90 a!91) |p.eventsel[1]|)
                   (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                   #x0000000f000000ff))
      (a!95 (bvand (ite (= #b100 actp) (ite cfg.amd a!90 a!91) |p.eventsel[1]|)
                   #x000000000000ff00))
      (a!111 (ite (= #b010 actp)
                  (ite (bvult #x00 cfg.nr_gp)
                       |p.eventsel_hw[0]|
                       |p.hw_eventsel[0]|)
                  a!110))
      (a!114 (ite (= #b010 actp)
                  (ite (bvult #x01 cfg.nr_gp)
                       |p.eventsel_hw[1]|
                       |p.hw_eventsel[1]|)
                  a!113))
      (a!125 (ite (and |p.reprogram_fixed[0]| (bvult #x00 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!122)
                       (bvor (bvand p.fixed_ctr_ctrl_hw a!123) a!124)
                       (bvand p.fixed_ctr_ctrl_hw a!123))
                  p.fixed_ctr_ctrl_hw))
      (a!132 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                  (ite (= (bvnot a!29) #x0000000000000000)
                       inp.wrmsr_fixed_ctr_ctrl.data
                       p.fixed_ctr_ctrl_hw)
                  p.fixed_ctr_ctrl_hw)))
(let ((a!5 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|))
              (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) a!4)))
      (a!10 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|))
               (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) a!9)))
      (a!12 (=> (and (bvult #x00 cfg.nr_gp)
                     (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                a!4))
      (a!13 (=> (and (bvult #x01 cfg.nr_gp)
                     (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                a!9))
      (a!20 (and (not a!18)
                 (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!19))
      (a!33 (ite (and (bvult #x01 cfg.nr_fixed) (not a!30))
                 (ite (= (bvnot a!29) #x0000000000000000) true a!32)
                 a!32))
      (a!42 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!41
                      |p.reprogram_fixed[0]|)
                 |p.reprogram_fixed[0]|))
      (a!45 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!44
                      |p.reprogram_fixed[1]|)
                 |p.reprogram_fixed[1]|))
      (a!48 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!47
                      |p.reprogram_fixed[2]|)
                 |p.reprogram_fixed[2]|))
      (a!50 (ite a!4
                 (bvor (bvand |p.eventsel_hw[0]| (bvnot #x0000000000400000))
                       (bvand |p.eventsel[0]| #x0000000000400000))
                 (bvand |p.eventsel_hw[0]| (bvnot #x0000000000400000))))
      (a!86 (ite a!9
                 (bvor (bvand |p.eventsel_hw[1]| (bvnot #x0000000000400000))
                       (bvand |p.eventsel[1]| #x0000000000400000))
                 (bvand |p.eventsel_hw[1]| (bvnot #x0000000000400000))))
      (a!128 (ite (and |p.reprogram_fixed[1]| (bvult #x01 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!120)
                       (bvor (bvand a!125 a!126) a!127)
                       (bvand a!125 a!126))
                  a!125)))
(let ((a!26 (ite (= #b000 actp)
                 (ite a!20 true |p.reprogram_gp[0]|)
                 (ite (= #b001 actp)
                      false
                      (ite (= #b100 actp) a!25 |p.reprogram_gp[0]|))))
      (a!34 (ite (and (bvult #x02 cfg.nr_fixed) (not a!27))
                 (ite (= (bvnot a!29) #x0000000000000000) true a!33)
                 a!33))
      (a!40 (ite (= #b000 actp)
                 (ite a!20 true |p.reprogram_gp[1]|)
                 (ite (= #b001 actp)
                      false
                      (ite (= #b100 actp) a!39 |p.reprogram_gp[1]|))))
      (a!54 (ite (= #b001 actp)
                 (ite (and |p.reprogram_gp[0]| (bvult #x00 cfg.nr_gp))
                      a!50
                      |p.eventsel_hw[0]|)
                 (ite (= #b100 actp) a!53 |p.eventsel_hw[0]|)))
      (a!58 (not (ite (= #b000 actp) (ite a!20 true p.filter_set) p.filter_set)))
      (a!64 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!20
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!20
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!74 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!20
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!20
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!82 (= #x00000000
               (ite (= #b000 actp)
                    (ite a!20
                         inp.kvm_vm_ioctl_set_pmu_event_filter.act
                         p.f_action)
                    p.f_action)))
      (a!83 (= #x00000001
               (ite (= #b000 actp)
                    (ite a!20
                         inp.kvm_vm_ioctl_set_pmu_event_filter.act
                         p.f_action)
                    p.f_action)))
      (a!89 (ite (= #b001 actp)
                 (ite (and |p.reprogram_gp[1]| (bvult #x01 cfg.nr_gp))
                      a!86
                      |p.eventsel_hw[1]|)
                 (ite (= #b100 actp) a!88 |p.eventsel_hw[1]|)))
      (a!131 (ite (and |p.reprogram_fixed[2]| (bvult #x02 cfg.nr_fixed))
                  (ite (or (not p.filter_set) a!118)
                       (bvor (bvand a!128 a!129) a!130)
                       (bvand a!128 a!129))
                  a!128)))
(let ((a!35 (ite (= #b101 actp)
                 (ite (not (= p.fixed_ctr_ctrl inp.wrmsr_fixed_ctr_ctrl.data))
                      a!34
                      p.req_pmu)
                 p.req_pmu))
      (a!66 (= (bvand (ite (= #b000 actp) a!64 |p.f_ev[0]|) #x0000000f000000ff)
               a!65))
      (a!68 (bvand a!67
                   (bvlshr (ite (= #b000 actp) a!64 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!75 (= (bvand (ite (= #b000 actp) a!74 |p.f_ev[1]|) #x0000000f000000ff)
               a!65))
      (a!76 (bvand a!67
                   (bvlshr (ite (= #b000 actp) a!74 |p.f_ev[1]|)
                           #x0000000000000030)))
      (a!94 (= (bvand (ite (= #b000 actp) a!64 |p.f_ev[0]|) #x0000000f000000ff)
               a!93))
      (a!96 (bvand a!95
                   (bvlshr (ite (= #b000 actp) a!64 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!98 (= (bvand (ite (= #b000 actp) a!74 |p.f_ev[1]|) #x0000000f000000ff)
               a!93))
      (a!99 (bvand a!95
                   (bvlshr (ite (= #b000 actp) a!74 |p.f_ev[1]|)
                           #x0000000000000030)))
      (a!133 (= (ite (= #b010 actp)
                     (ite (not cfg.amd) p.fixed_ctr_ctrl_hw p.hw_fixed_ctr_ctrl)
                     a!116)
                (ite (= #b001 actp)
                     a!131
                     (ite (= #b101 actp) a!132 p.fixed_ctr_ctrl_hw)))))
(let ((a!36 (ite (= #b100 actp)
                 (ite cfg.amd
                      (ite a!21 true p.req_pmu)
                      (ite a!22 (ite a!23 true p.req_pmu) p.req_pmu))
                 a!35))
      (a!69 (= a!68
               (bvand (ite (= #b000 actp) a!64 |p.f_ev[0]|) #x000000000000ff00)))
      (a!77 (= a!76
               (bvand (ite (= #b000 actp) a!74 |p.f_ev[1]|) #x000000000000ff00)))
      (a!97 (= a!96
               (bvand (ite (= #b000 actp) a!64 |p.f_ev[0]|) #x000000000000ff00)))
      (a!100 (= a!99
                (bvand (ite (= #b000 actp) a!74 |p.f_ev[1]|) #x000000000000ff00))))
(let ((a!37 (ite (= #b000 actp)
                 (ite a!20 true p.req_pmu)
                 (ite (= #b001 actp) false a!36)))
      (a!78 (or (and (ite (= #b000 actp)
                          (ite a!20 a!63 |p.f_inc[0]|)
                          |p.f_inc[0]|)
                     (and a!66 a!69))
                (and (ite (= #b000 actp)
                          (ite a!20 a!73 |p.f_inc[1]|)
                          |p.f_inc[1]|)
                     (and a!75 a!77))))
      (a!81 (or (and (ite (= #b000 actp)
                          (ite a!20 a!79 |p.f_exc[0]|)
                          |p.f_exc[0]|)
                     (and a!66 a!69))
                (and (ite (= #b000 actp)
                          (ite a!20 a!80 |p.f_exc[1]|)
                          |p.f_exc[1]|)
                     (and a!75 a!77))))
      (a!101 (or (and (ite (= #b000 actp)
                           (ite a!20 a!63 |p.f_inc[0]|)
                           |p.f_inc[0]|)
                      (and a!94 a!97))
                 (and (ite (= #b000 actp)
                           (ite a!20 a!73 |p.f_inc[1]|)
                           |p.f_inc[1]|)
                      (and a!98 a!100))))
      (a!102 (or (and (ite (= #b000 actp)
                           (ite a!20 a!79 |p.f_exc[0]|)
                           |p.f_exc[0]|)
                      (and a!94 a!97))
                 (and (ite (= #b000 actp)
                           (ite a!20 a!80 |p.f_exc[1]|)
                           |p.f_exc[1]|)
                      (and a!98 a!100)))))
(let ((a!43 (=> (ite (= #b000 actp)
                     (ite a!20 true |p.reprogram_fixed[0]|)
                     (ite (= #b001 actp) false a!42))
                a!37))
      (a!46 (=> (ite (= #b000 actp)
                     (ite a!20 true |p.reprogram_fixed[1]|)
                     (ite (= #b001 actp) false a!45))
                a!37))
      (a!49 (=> (ite (= #b000 actp)
                     (ite a!20 true |p.reprogram_fixed[2]|)
                     (ite (= #b001 actp) false a!48))
                a!37))
      (a!84 (or a!58 (ite (and a!78 (not a!81)) a!82 a!83)))
      (a!103 (or a!58 (ite (and a!101 (not a!102)) a!82 a!83)))
      (a!134 (=> a!106
                 (and a!108
                      (not a!37)
                      (=> (bvult #x00 cfg.nr_gp) (= a!111 a!54))
                      (=> (bvult #x01 cfg.nr_gp) (= a!114 a!89))
                      (=> (not cfg.amd) a!133)))))
(let ((a!85 (=> (and (bvult #x00 cfg.nr_gp) (not a!26))
                (= (= #b1 ((_ extract 22 22) a!54)) (and a!57 a!84))))
      (a!104 (=> (and (bvult #x01 cfg.nr_gp) (not a!40))
                 (= (= #b1 ((_ extract 22 22) a!89)) (and a!92 a!103))))
      (a!135 (=> (and (bvult #x00 cfg.nr_gp) (= #b1 ((_ extract 22 22) a!111)))
                 a!84))
      (a!136 (=> (and (bvult #x01 cfg.nr_gp) (= #b1 ((_ extract 22 22) a!114)))
                 a!103)))
(let ((a!137 (not (and (=> a!26 a!37)
                       (=> a!40 a!37)
                       a!43
                       a!46
                       a!49
                       a!85
                       a!104
                       a!134
                       (=> a!106 (and a!135 a!136))))))
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
       (=> p.at_entry (and a!12 a!13))
       a!14
       (bvult actp #b110)
       a!137)))))))))))))
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
(let ((a!4 (or (not p.filter_set)
               (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))
      (a!9 (or (not p.filter_set)
               (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))))
(let ((a!5 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|))
              (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) a!4)))
      (a!10 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|))
               (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) a!9)))
      (a!12 (=> (and (bvult #x00 cfg.nr_gp)
                     (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|)))
                a!4))
      (a!13 (=> (and (bvult #x01 cfg.nr_gp)
                     (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|)))
                a!9)))
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
       (=> p.at_entry (and a!12 a!13))
       (not (=> p.at_entry (and a!12 a!13)))))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.nr_gp cfg.nr_fixed cfg.guest_tsx p.filter_set p.f_action p.f_fixed_bitmap |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| |p.reprogram_gp[0]| |p.reprogram_gp[1]| |p.reprogram_fixed[0]| |p.reprogram_fixed[1]| |p.reprogram_fixed[2]| p.req_pmu p.at_entry p.ctx |p.eventsel[0]| |p.eventsel[1]| |p.eventsel_hw[0]| |p.eventsel_hw[1]| p.fixed_ctr_ctrl p.fixed_ctr_ctrl_hw |p.hw_eventsel[0]| |p.hw_eventsel[1]| p.hw_fixed_ctr_ctrl
; invariant: (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand |p.eventsel[0]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand |p.eventsel[0]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[0]| #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!6 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand |p.eventsel[1]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!7 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand |p.eventsel[1]| (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand |p.eventsel[1]| #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!11 (=> p.at_entry (and (= #b1 p.ctx) (not p.req_pmu) (=> (bvult #x00 cfg.nr_gp) (= |p.hw_eventsel[0]| |p.eventsel_hw[0]|)) (=> (bvult #x01 cfg.nr_gp) (= |p.hw_eventsel[1]| |p.eventsel_hw[1]|)) (=> (not cfg.amd) (= p.hw_fixed_ctr_ctrl p.fixed_ctr_ctrl_hw)))))) (let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2)) (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2))))) (a!8 (and (or (and |p.f_inc[0]| a!6) (and |p.f_inc[1]| a!7)) (not (or (and |p.f_exc[0]| a!6) (and |p.f_exc[1]| a!7)))))) (let ((a!4 (or (not p.filter_set) (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))) (a!9 (or (not p.filter_set) (ite a!8 (= #x00000000 p.f_action) (= #x00000001 p.f_action))))) (let ((a!5 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[0]|)) (and (= #b1 ((_ extract 22 22) |p.eventsel[0]|)) a!4))) (a!10 (= (= #b1 ((_ extract 22 22) |p.eventsel_hw[1]|)) (and (= #b1 ((_ extract 22 22) |p.eventsel[1]|)) a!9))) (a!12 (=> (and (bvult #x00 cfg.nr_gp) (= #b1 ((_ extract 22 22) |p.hw_eventsel[0]|))) a!4)) (a!13 (=> (and (bvult #x01 cfg.nr_gp) (= #b1 ((_ extract 22 22) |p.hw_eventsel[1]|))) a!9))) (and (=> |p.reprogram_gp[0]| p.req_pmu) (=> |p.reprogram_gp[1]| p.req_pmu) (=> |p.reprogram_fixed[0]| p.req_pmu) (=> |p.reprogram_fixed[1]| p.req_pmu) (=> |p.reprogram_fixed[2]| p.req_pmu) (=> (and (bvult #x00 cfg.nr_gp) (not |p.reprogram_gp[0]|)) a!5) (=> (and (bvult #x01 cfg.nr_gp) (not |p.reprogram_gp[1]|)) a!10) a!11 (=> p.at_entry (and a!12 a!13)))))))
; trigger: reached at depth 1
