; vpmu-formal-certificate-1
; spec: filter_bad_no_masked_check
; property: p10_amd_deny_0x1c2_keeps_0xc2
; key: 5565bf4c542a563a2937db3f9ecfa3e795256bd22c7798ae0dad860883939716
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun cfg.probe () (_ BitVec 64))
(declare-fun p.f_action () (_ BitVec 32))
(declare-fun |p.f_ev[1]| () (_ BitVec 64))
(declare-fun cfg.amd () Bool)
(declare-fun |p.f_exc[1]| () Bool)
(declare-fun |p.f_ev[0]| () (_ BitVec 64))
(declare-fun |p.f_exc[0]| () Bool)
(declare-fun |p.f_inc[1]| () Bool)
(declare-fun |p.f_inc[0]| () Bool)
(declare-fun p.filter_set () Bool)
(declare-fun |p.u_ev[0]| () (_ BitVec 64))
(declare-fun p.u_nevents () (_ BitVec 32))
(declare-fun p.u_flags () (_ BitVec 32))
(declare-fun p.u_action () (_ BitVec 32))
(declare-fun |p.u_ev[1]| () (_ BitVec 64))
(declare-fun p.u_fixed () (_ BitVec 32))
(declare-fun p.f_flags () (_ BitVec 32))
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.act () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.nevents () (_ BitVec 32))
(declare-fun actp () (_ BitVec 1))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 () (_ BitVec 64))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev0 () (_ BitVec 64))
(define-fun invariant ((cfg.amd Bool) (cfg.probe (_ BitVec 64)) (p.filter_set Bool) (p.f_action (_ BitVec 32)) (p.f_fixed_bitmap (_ BitVec 32)) (p.f_flags (_ BitVec 32)) (|p.f_ev[0]| (_ BitVec 64)) (|p.f_ev[1]| (_ BitVec 64)) (|p.f_inc[0]| Bool) (|p.f_inc[1]| Bool) (|p.f_exc[0]| Bool) (|p.f_exc[1]| Bool) (p.u_action (_ BitVec 32)) (p.u_flags (_ BitVec 32)) (p.u_nevents (_ BitVec 32)) (p.u_fixed (_ BitVec 32)) (|p.u_ev[0]| (_ BitVec 64)) (|p.u_ev[1]| (_ BitVec 64))) Bool
  (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand cfg.probe
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand cfg.probe #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand cfg.probe
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand cfg.probe #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!4 (not (= #x00000001000000c2
                   (bvand cfg.probe
                          (bvor #x0000000f000000ff #x000000000000ff00))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2))))))
(let ((a!5 (= (or (not p.filter_set)
                  (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))
              a!4)))
  (=> (and cfg.amd
           p.filter_set
           (= #x00000001 p.u_action)
           (= #x00000000 p.u_flags)
           (= #x00000001 p.u_nevents)
           (= #x00000001000000c2 |p.u_ev[0]|))
      a!5)))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand cfg.probe
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand cfg.probe #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand cfg.probe
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand cfg.probe #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!4 (not (= #x00000001000000c2
                   (bvand cfg.probe
                          (bvor #x0000000f000000ff #x000000000000ff00))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2))))))
(let ((a!5 (= (or (not p.filter_set)
                  (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))
              a!4)))
(let ((a!6 (not (=> (and cfg.amd
                         p.filter_set
                         (= #x00000001 p.u_action)
                         (= #x00000000 p.u_flags)
                         (= #x00000001 p.u_nevents)
                         (= #x00000001000000c2 |p.u_ev[0]|))
                    a!5))))
  (and (= p.filter_set false)
       (= #x00000000 p.f_action)
       (= #x00000000 p.f_fixed_bitmap)
       (= #x00000000 p.f_flags)
       (= #x0000000000000000 |p.f_ev[0]|)
       (= #x0000000000000000 |p.f_ev[1]|)
       (= |p.f_inc[0]| false)
       (= |p.f_inc[1]| false)
       (= |p.f_exc[0]| false)
       (= |p.f_exc[1]| false)
       (= #x00000000 p.u_action)
       (= #x00000000 p.u_flags)
       (= #x00000000 p.u_nevents)
       (= #x00000000 p.u_fixed)
       (= #x0000000000000000 |p.u_ev[0]|)
       (= #x0000000000000000 |p.u_ev[1]|)
       a!6))))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand cfg.probe
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand cfg.probe #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand cfg.probe
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand cfg.probe #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!4 (not (= #x00000001000000c2
                   (bvand cfg.probe
                          (bvor #x0000000f000000ff #x000000000000ff00)))))
      (a!6 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                             #x00000000))
                     (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                             #x00000001)))))
      (a!9 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!11 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!18 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00)))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!7 (and (= ((_ extract 31 9)
                     inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                   #b00000000000000000000000)
                (bvule ((_ extract 8 0)
                         inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                       #b100101100)
                (= ((_ extract 31 1)
                     inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                   #b0000000000000000000000000000000)
                a!6))
      (a!10 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!9)))
      (a!12 (or a!11
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!19 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!18)))
      (a!20 (or a!11
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev1))))))
(let ((a!5 (= (or (not p.filter_set)
                  (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))
              a!4))
      (a!8 (and cfg.amd
                (ite (= #b0 actp) (ite a!7 true p.filter_set) p.filter_set)
                (= #x00000001
                   (ite (= #b0 actp)
                        (ite a!7
                             inp.kvm_vm_ioctl_set_pmu_event_filter.act
                             p.u_action)
                        p.u_action))
                (= #x00000000
                   (ite (= #b0 actp)
                        (ite a!7
                             inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                             p.u_flags)
                        p.u_flags))
                (= #x00000001
                   (ite (= #b0 actp)
                        (ite a!7
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents))
                (= #x00000001000000c2
                   (ite (= #b0 actp)
                        (ite a!7
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|))))
      (a!13 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!10)
                 a!12))
      (a!14 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!7 inp.kvm_vm_ioctl_set_pmu_event_filter.ev0 |p.f_ev[0]|)
                 (ite a!7
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!21 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!19)
                 a!20))
      (a!22 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!7 inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 |p.f_ev[1]|)
                 (ite a!7
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!27 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!10)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!28 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!19)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
(let ((a!15 (= (bvand (ite (= #b0 actp) a!14 |p.f_ev[0]|) #x0000000f000000ff)
               (bvand cfg.probe
                      (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                      #x0000000f000000ff)))
      (a!16 (bvand (bvand cfg.probe #x000000000000ff00)
                   (bvlshr (ite (= #b0 actp) a!14 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!23 (= (bvand (ite (= #b0 actp) a!22 |p.f_ev[1]|) #x0000000f000000ff)
               (bvand cfg.probe
                      (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                      #x0000000f000000ff)))
      (a!24 (bvand (bvand cfg.probe #x000000000000ff00)
                   (bvlshr (ite (= #b0 actp) a!22 |p.f_ev[1]|)
                           #x0000000000000030))))
(let ((a!17 (= a!16
               (bvand (ite (= #b0 actp) a!14 |p.f_ev[0]|) #x000000000000ff00)))
      (a!25 (= a!24
               (bvand (ite (= #b0 actp) a!22 |p.f_ev[1]|) #x000000000000ff00))))
(let ((a!26 (or (and (ite (= #b0 actp) (ite a!7 a!13 |p.f_inc[0]|) |p.f_inc[0]|)
                     (and a!15 a!17))
                (and (ite (= #b0 actp) (ite a!7 a!21 |p.f_inc[1]|) |p.f_inc[1]|)
                     (and a!23 a!25))))
      (a!29 (or (and (ite (= #b0 actp) (ite a!7 a!27 |p.f_exc[0]|) |p.f_exc[0]|)
                     (and a!15 a!17))
                (and (ite (= #b0 actp) (ite a!7 a!28 |p.f_exc[1]|) |p.f_exc[1]|)
                     (and a!23 a!25)))))
(let ((a!30 (ite (and a!26 (not a!29))
                 (= #x00000000
                    (ite (= #b0 actp)
                         (ite a!7
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action))
                 (= #x00000001
                    (ite (= #b0 actp)
                         (ite a!7
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action)))))
(let ((a!31 (or (not (ite (= #b0 actp) (ite a!7 true p.filter_set) p.filter_set))
                a!30)))
  (and (=> (and cfg.amd
                p.filter_set
                (= #x00000001 p.u_action)
                (= #x00000000 p.u_flags)
                (= #x00000001 p.u_nevents)
                (= #x00000001000000c2 |p.u_ev[0]|))
           a!5)
       (= #b0 actp)
       (or (bvule inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x00000002)
           (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x0000012c))
       (bvult actp #b1)
       (not (=> a!8 (= a!31 a!4)))))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                   (bvand cfg.probe
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand cfg.probe #x000000000000ff00)
                          (bvlshr |p.f_ev[0]| #x0000000000000030))
                   (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                   (bvand cfg.probe
                          (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                          #x0000000f000000ff))
                (= (bvand (bvand cfg.probe #x000000000000ff00)
                          (bvlshr |p.f_ev[1]| #x0000000000000030))
                   (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!4 (not (= #x00000001000000c2
                   (bvand cfg.probe
                          (bvor #x0000000f000000ff #x000000000000ff00))))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2))))))
(let ((a!5 (= (or (not p.filter_set)
                  (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))
              a!4)))
(let ((a!6 (=> (and cfg.amd
                    p.filter_set
                    (= #x00000001 p.u_action)
                    (= #x00000000 p.u_flags)
                    (= #x00000001 p.u_nevents)
                    (= #x00000001000000c2 |p.u_ev[0]|))
               a!5)))
  (and a!6 (not a!6)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.probe p.filter_set p.f_action p.f_fixed_bitmap p.f_flags |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| p.u_action p.u_flags p.u_nevents p.u_fixed |p.u_ev[0]| |p.u_ev[1]|
; invariant: (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand cfg.probe (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand cfg.probe #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand cfg.probe (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand cfg.probe #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!4 (not (= #x00000001000000c2 (bvand cfg.probe (bvor #x0000000f000000ff #x000000000000ff00)))))) (let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2)) (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))) (let ((a!5 (= (or (not p.filter_set) (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))) a!4))) (=> (and cfg.amd p.filter_set (= #x00000001 p.u_action) (= #x00000000 p.u_flags) (= #x00000001 p.u_nevents) (= #x00000001000000c2 |p.u_ev[0]|)) a!5))))
; trigger: reached at depth 1
