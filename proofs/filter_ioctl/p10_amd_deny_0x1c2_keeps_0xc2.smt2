; vpmu-formal-certificate-1
; spec: filter_ioctl
; property: p10_amd_deny_0x1c2_keeps_0xc2
; key: 958265ac92a964714f682246e7edb88ee2fd1545881deda50884135509bac63b
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
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun p.f_flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.act () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.nevents () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 () (_ BitVec 64))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev0 () (_ BitVec 64))
(declare-fun actp () (_ BitVec 1))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
(define-fun invariant ((cfg.amd Bool) (cfg.probe (_ BitVec 64)) (p.filter_set Bool) (p.f_action (_ BitVec 32)) (p.f_fixed_bitmap (_ BitVec 32)) (p.f_flags (_ BitVec 32)) (|p.f_ev[0]| (_ BitVec 64)) (|p.f_ev[1]| (_ BitVec 64)) (|p.f_inc[0]| Bool) (|p.f_inc[1]| Bool) (|p.f_exc[0]| Bool) (|p.f_exc[1]| Bool) (p.u_action (_ BitVec 32)) (p.u_flags (_ BitVec 32)) (p.u_nevents (_ BitVec 32)) (p.u_fixed (_ BitVec 32)) (|p.u_ev[0]| (_ BitVec 64)) (|p.u_ev[1]| (_ BitVec 64))) Bool
  (let ((a!1 (bvand |p.u_ev[0]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!2 (or (not (= #x00000001 p.u_flags))
               (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|)))))
      (a!4 (= |p.f_exc[0]|
              (and (bvult ((_ zero_extend 24) #x00) p.u_nevents)
                   (= #x00000001 p.u_flags)
                   (= #b1 ((_ extract 55 55) |p.u_ev[0]|)))))
      (a!5 (bvand |p.u_ev[0]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #xff00000000000000
                               #x000000000000ff00
                               #x0080000000000000))))
      (a!7 (bvand |p.u_ev[1]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!8 (or (not (= #x00000001 p.u_flags))
               (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|)))))
      (a!10 (= |p.f_exc[1]|
               (and (bvult ((_ zero_extend 24) #x01) p.u_nevents)
                    (= #x00000001 p.u_flags)
                    (= #b1 ((_ extract 55 55) |p.u_ev[1]|)))))
      (a!11 (bvand |p.u_ev[1]|
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!14 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                    (bvand cfg.probe
                           (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                           #x0000000f000000ff))
                 (= (bvand (bvand cfg.probe #x000000000000ff00)
                           (bvlshr |p.f_ev[0]| #x0000000000000030))
                    (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!15 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                    (bvand cfg.probe
                           (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                           #x0000000f000000ff))
                 (= (bvand (bvand cfg.probe #x000000000000ff00)
                           (bvlshr |p.f_ev[1]| #x0000000000000030))
                    (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!17 (not (= #x00000001000000c2
                    (bvand cfg.probe
                           (bvor #x0000000f000000ff #x000000000000ff00))))))
(let ((a!3 (= |p.f_inc[0]|
              (and (bvult ((_ zero_extend 24) #x00) p.u_nevents)
                   (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1))
                   a!2)))
      (a!6 (=> (and (= #x00000001 p.u_flags)
                    (bvult ((_ zero_extend 24) #x00) p.u_nevents))
               (= #x0000000000000000 a!5)))
      (a!9 (= |p.f_inc[1]|
              (and (bvult ((_ zero_extend 24) #x01) p.u_nevents)
                   (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7))
                   a!8)))
      (a!12 (=> (and (= #x00000001 p.u_flags)
                     (bvult ((_ zero_extend 24) #x01) p.u_nevents))
                (= #x0000000000000000 a!11)))
      (a!16 (and (or (and |p.f_inc[0]| a!14) (and |p.f_inc[1]| a!15))
                 (not (or (and |p.f_exc[0]| a!14) (and |p.f_exc[1]| a!15))))))
(let ((a!13 (and (= p.f_action p.u_action)
                 (= p.f_flags p.u_flags)
                 (= p.f_fixed_bitmap p.u_fixed)
                 (bvule p.u_action #x00000001)
                 (bvule p.u_flags #x00000001)
                 (bvule p.u_nevents #x00000002)
                 (= |p.f_ev[0]|
                    (ite (= #x00000001 p.u_flags)
                         |p.u_ev[0]|
                         (bvor |p.u_ev[0]| #xff00000000000000)))
                 a!3
                 a!4
                 a!6
                 (= |p.f_ev[1]|
                    (ite (= #x00000001 p.u_flags)
                         |p.u_ev[1]|
                         (bvor |p.u_ev[1]| #xff00000000000000)))
                 a!9
                 a!10
                 a!12))
      (a!18 (= (or (not p.filter_set)
                   (ite a!16
                        (= #x00000000 p.f_action)
                        (= #x00000001 p.f_action)))
               a!17)))
  (and (or (not p.filter_set) a!13)
       (=> (and cfg.amd
                p.filter_set
                (= #x00000001 p.u_action)
                (= #x00000000 p.u_flags)
                (= #x00000001 p.u_nevents)
                (= #x00000001000000c2 |p.u_ev[0]|))
           a!18))))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (bvand |p.u_ev[0]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!2 (or (not (= #x00000001 p.u_flags))
               (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|)))))
      (a!4 (= |p.f_exc[0]|
              (and (bvult ((_ zero_extend 24) #x00) p.u_nevents)
                   (= #x00000001 p.u_flags)
                   (= #b1 ((_ extract 55 55) |p.u_ev[0]|)))))
      (a!5 (bvand |p.u_ev[0]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #xff00000000000000
                               #x000000000000ff00
                               #x0080000000000000))))
      (a!7 (bvand |p.u_ev[1]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!8 (or (not (= #x00000001 p.u_flags))
               (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|)))))
      (a!10 (= |p.f_exc[1]|
               (and (bvult ((_ zero_extend 24) #x01) p.u_nevents)
                    (= #x00000001 p.u_flags)
                    (= #b1 ((_ extract 55 55) |p.u_ev[1]|)))))
      (a!11 (bvand |p.u_ev[1]|
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!14 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                    (bvand cfg.probe
                           (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                           #x0000000f000000ff))
                 (= (bvand (bvand cfg.probe #x000000000000ff00)
                           (bvlshr |p.f_ev[0]| #x0000000000000030))
                    (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!15 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                    (bvand cfg.probe
                           (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                           #x0000000f000000ff))
                 (= (bvand (bvand cfg.probe #x000000000000ff00)
                           (bvlshr |p.f_ev[1]| #x0000000000000030))
                    (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!17 (not (= #x00000001000000c2
                    (bvand cfg.probe
                           (bvor #x0000000f000000ff #x000000000000ff00))))))
(let ((a!3 (= |p.f_inc[0]|
              (and (bvult ((_ zero_extend 24) #x00) p.u_nevents)
                   (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1))
                   a!2)))
      (a!6 (=> (and (= #x00000001 p.u_flags)
                    (bvult ((_ zero_extend 24) #x00) p.u_nevents))
               (= #x0000000000000000 a!5)))
      (a!9 (= |p.f_inc[1]|
              (and (bvult ((_ zero_extend 24) #x01) p.u_nevents)
                   (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7))
                   a!8)))
      (a!12 (=> (and (= #x00000001 p.u_flags)
                     (bvult ((_ zero_extend 24) #x01) p.u_nevents))
                (= #x0000000000000000 a!11)))
      (a!16 (and (or (and |p.f_inc[0]| a!14) (and |p.f_inc[1]| a!15))
                 (not (or (and |p.f_exc[0]| a!14) (and |p.f_exc[1]| a!15))))))
(let ((a!13 (and (= p.f_action p.u_action)
                 (= p.f_flags p.u_flags)
                 (= p.f_fixed_bitmap p.u_fixed)
                 (bvule p.u_action #x00000001)
                 (bvule p.u_flags #x00000001)
                 (bvule p.u_nevents #x00000002)
                 (= |p.f_ev[0]|
                    (ite (= #x00000001 p.u_flags)
                         |p.u_ev[0]|
                         (bvor |p.u_ev[0]| #xff00000000000000)))
                 a!3
                 a!4
                 a!6
                 (= |p.f_ev[1]|
                    (ite (= #x00000001 p.u_flags)
                         |p.u_ev[1]|
                         (bvor |p.u_ev[1]| #xff00000000000000)))
                 a!9
                 a!10
                 a!12))
      (a!18 (= (or (not p.filter_set)
                   (ite a!16
                        (= #x00000000 p.f_action)
                        (= #x00000001 p.f_action)))
               a!17)))
(let ((a!19 (and (or (not p.filter_set) a!13)
                 (=> (and cfg.amd
                          p.filter_set
                          (= #x00000001 p.u_action)
                          (= #x00000000 p.u_flags)
                          (= #x00000001 p.u_nevents)
                          (= #x00000001000000c2 |p.u_ev[0]|))
                     a!18))))
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
       (not a!19)))))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (bvand |p.u_ev[0]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!2 (or (not (= #x00000001 p.u_flags))
               (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|)))))
      (a!4 (= |p.f_exc[0]|
              (and (bvult ((_ zero_extend 24) #x00) p.u_nevents)
                   (= #x00000001 p.u_flags)
                   (= #b1 ((_ extract 55 55) |p.u_ev[0]|)))))
      (a!5 (bvand |p.u_ev[0]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #xff00000000000000
                               #x000000000000ff00
                               #x0080000000000000))))
      (a!7 (bvand |p.u_ev[1]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!8 (or (not (= #x00000001 p.u_flags))
               (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|)))))
      (a!10 (= |p.f_exc[1]|
               (and (bvult ((_ zero_extend 24) #x01) p.u_nevents)
                    (= #x00000001 p.u_flags)
                    (= #b1 ((_ extract 55 55) |p.u_ev[1]|)))))
      (a!11 (bvand |p.u_ev[1]|
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!14 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                    (bvand cfg.probe
                           (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                           #x0000000f000000ff))
                 (= (bvand (bvand cfg.probe #x000000000000ff00)
                           (bvlshr |p.f_ev[0]| #x0000000000000030))
                    (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!15 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                    (bvand cfg.probe
                           (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                           #x0000000f000000ff))
                 (= (bvand (bvand cfg.probe #x000000000000ff00)
                           (bvlshr |p.f_ev[1]| #x0000000000000030))
                    (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!17 (not (= #x00000001000000c2
                    (bvand cfg.probe
                           (bvor #x0000000f000000ff #x000000000000ff00)))))
      (a!19 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!20 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!23 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000000))
                      (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000001)))))
      (a!29 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!31 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!42 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00)))))
(let ((a!3 (= |p.f_inc[0]|
              (and (bvult ((_ zero_extend 24) #x00) p.u_nevents)
                   (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1))
                   a!2)))
      (a!6 (=> (and (= #x00000001 p.u_flags)
                    (bvult ((_ zero_extend 24) #x00) p.u_nevents))
               (= #x0000000000000000 a!5)))
      (a!9 (= |p.f_inc[1]|
              (and (bvult ((_ zero_extend 24) #x01) p.u_nevents)
                   (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7))
                   a!8)))
      (a!12 (=> (and (= #x00000001 p.u_flags)
                     (bvult ((_ zero_extend 24) #x01) p.u_nevents))
                (= #x0000000000000000 a!11)))
      (a!16 (and (or (and |p.f_inc[0]| a!14) (and |p.f_inc[1]| a!15))
                 (not (or (and |p.f_exc[0]| a!14) (and |p.f_exc[1]| a!15)))))
      (a!21 (and (or (= inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                        #x00000000)
                     (= a!19 #x0000000000000000))
                 (or (= ((_ extract 31 1)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b0000000000000000000000000000000)
                     (= a!20 #x0000000000000000))))
      (a!30 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!29)))
      (a!32 (or a!31
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!43 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!42)))
      (a!44 (or a!31
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev1))))))
(let ((a!13 (and (= p.f_action p.u_action)
                 (= p.f_flags p.u_flags)
                 (= p.f_fixed_bitmap p.u_fixed)
                 (bvule p.u_action #x00000001)
                 (bvule p.u_flags #x00000001)
                 (bvule p.u_nevents #x00000002)
                 (= |p.f_ev[0]|
                    (ite (= #x00000001 p.u_flags)
                         |p.u_ev[0]|
                         (bvor |p.u_ev[0]| #xff00000000000000)))
                 a!3
                 a!4
                 a!6
                 (= |p.f_ev[1]|
                    (ite (= #x00000001 p.u_flags)
                         |p.u_ev[1]|
                         (bvor |p.u_ev[1]| #xff00000000000000)))
                 a!9
                 a!10
                 a!12))
      (a!18 (= (or (not p.filter_set)
                   (ite a!16
                        (= #x00000000 p.f_action)
                        (= #x00000001 p.f_action)))
               a!17))
      (a!22 (and (not (= ((_ extract 0 0)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0))
                 (not a!21)))
      (a!33 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!30)
                 a!32))
      (a!38 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!30)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!45 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!43)
                 a!44))
      (a!50 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!43)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
(let ((a!24 (and (not a!22)
                 (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!23)))
(let ((a!25 (not (ite (= #b0 actp) (ite a!24 true p.filter_set) p.filter_set)))
      (a!26 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!24
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!24
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!27 (= #x00000001
               (ite (= #b0 actp)
                    (ite a!24
                         inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                         p.u_flags)
                    p.u_flags)))
      (a!34 (bvult ((_ zero_extend 24) #x00)
                   (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!35 (bvand (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!36 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!24
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!39 (bvand (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!40 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!24
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!24
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!46 (bvult ((_ zero_extend 24) #x01)
                   (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!47 (bvand (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!48 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!24
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))))
      (a!51 (bvand (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!53 (and cfg.amd
                 (ite (= #b0 actp) (ite a!24 true p.filter_set) p.filter_set)
                 (= #x00000001
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.u_action)
                         p.u_action))
                 (= #x00000000
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.u_flags)
                         p.u_flags))
                 (= #x00000001
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                              p.u_nevents)
                         p.u_nevents))
                 (= #x00000001000000c2
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                              |p.u_ev[0]|)
                         |p.u_ev[0]|)))))
(let ((a!28 (ite a!27
                 (ite (= #b0 actp)
                      (ite a!24
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|)
                 (bvor (ite (= #b0 actp)
                            (ite a!24
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                                 |p.u_ev[0]|)
                            |p.u_ev[0]|)
                       #xff00000000000000)))
      (a!37 (= (ite (= #b0 actp) (ite a!24 a!33 |p.f_inc[0]|) |p.f_inc[0]|)
               (and a!34
                    (or a!27 (= #x0000000000000000 a!35))
                    (or (not a!27) (not a!36)))))
      (a!41 (ite a!27
                 (ite (= #b0 actp)
                      (ite a!24
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|)
                 (bvor (ite (= #b0 actp)
                            (ite a!24
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                                 |p.u_ev[1]|)
                            |p.u_ev[1]|)
                       #xff00000000000000)))
      (a!49 (= (ite (= #b0 actp) (ite a!24 a!45 |p.f_inc[1]|) |p.f_inc[1]|)
               (and a!46
                    (or a!27 (= #x0000000000000000 a!47))
                    (or (not a!27) (not a!48)))))
      (a!54 (= (bvand (ite (= #b0 actp) a!26 |p.f_ev[0]|) #x0000000f000000ff)
               (bvand cfg.probe
                      (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                      #x0000000f000000ff)))
      (a!55 (bvand (bvand cfg.probe #x000000000000ff00)
                   (bvlshr (ite (= #b0 actp) a!26 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!57 (= (bvand (ite (= #b0 actp) a!40 |p.f_ev[1]|) #x0000000f000000ff)
               (bvand cfg.probe
                      (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                      #x0000000f000000ff)))
      (a!58 (bvand (bvand cfg.probe #x000000000000ff00)
                   (bvlshr (ite (= #b0 actp) a!40 |p.f_ev[1]|)
                           #x0000000000000030))))
(let ((a!52 (and (= (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action)
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.u_action)
                         p.u_action))
                 (= (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.f_flags)
                         p.f_flags)
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.u_flags)
                         p.u_flags))
                 (= (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                              p.f_fixed_bitmap)
                         p.f_fixed_bitmap)
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                              p.u_fixed)
                         p.u_fixed))
                 (bvule (ite (= #b0 actp)
                             (ite a!24
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.act
                                  p.u_action)
                             p.u_action)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!24
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                  p.u_flags)
                             p.u_flags)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!24
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                                  p.u_nevents)
                             p.u_nevents)
                        #x00000002)
                 (= (ite (= #b0 actp) a!26 |p.f_ev[0]|) a!28)
                 a!37
                 (= (ite (= #b0 actp) (ite a!24 a!38 |p.f_exc[0]|) |p.f_exc[0]|)
                    (and a!34 a!27 a!36))
                 (=> (and a!27 a!34) (= #x0000000000000000 a!39))
                 (= (ite (= #b0 actp) a!40 |p.f_ev[1]|) a!41)
                 a!49
                 (= (ite (= #b0 actp) (ite a!24 a!50 |p.f_exc[1]|) |p.f_exc[1]|)
                    (and a!46 a!27 a!48))
                 (=> (and a!27 a!46) (= #x0000000000000000 a!51))))
      (a!56 (= a!55
               (bvand (ite (= #b0 actp) a!26 |p.f_ev[0]|) #x000000000000ff00)))
      (a!59 (= a!58
               (bvand (ite (= #b0 actp) a!40 |p.f_ev[1]|) #x000000000000ff00))))
(let ((a!60 (or (and (ite (= #b0 actp)
                          (ite a!24 a!33 |p.f_inc[0]|)
                          |p.f_inc[0]|)
                     (and a!54 a!56))
                (and (ite (= #b0 actp)
                          (ite a!24 a!45 |p.f_inc[1]|)
                          |p.f_inc[1]|)
                     (and a!57 a!59))))
      (a!61 (or (and (ite (= #b0 actp)
                          (ite a!24 a!38 |p.f_exc[0]|)
                          |p.f_exc[0]|)
                     (and a!54 a!56))
                (and (ite (= #b0 actp)
                          (ite a!24 a!50 |p.f_exc[1]|)
                          |p.f_exc[1]|)
                     (and a!57 a!59)))))
(let ((a!62 (ite (and a!60 (not a!61))
                 (= #x00000000
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action))
                 (= #x00000001
                    (ite (= #b0 actp)
                         (ite a!24
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action)))))
(let ((a!63 (and (or a!25 a!52) (=> a!53 (= (or a!25 a!62) a!17)))))
  (and (or (not p.filter_set) a!13)
       (=> (and cfg.amd
                p.filter_set
                (= #x00000001 p.u_action)
                (= #x00000000 p.u_flags)
                (= #x00000001 p.u_nevents)
                (= #x00000001000000c2 |p.u_ev[0]|))
           a!18)
       (= #b0 actp)
       (or (bvule inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x00000002)
           (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x0000012c))
       (bvult actp #b1)
       (not a!63)))))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (bvand |p.u_ev[0]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!2 (or (not (= #x00000001 p.u_flags))
               (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|)))))
      (a!4 (= |p.f_exc[0]|
              (and (bvult ((_ zero_extend 24) #x00) p.u_nevents)
                   (= #x00000001 p.u_flags)
                   (= #b1 ((_ extract 55 55) |p.u_ev[0]|)))))
      (a!5 (bvand |p.u_ev[0]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #xff00000000000000
                               #x000000000000ff00
                               #x0080000000000000))))
      (a!7 (bvand |p.u_ev[1]|
                  (bvnot (bvor (ite cfg.amd
                                    #x0000000f000000ff
                                    #x00000000000000ff)
                               #x000000000000ff00))))
      (a!8 (or (not (= #x00000001 p.u_flags))
               (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|)))))
      (a!10 (= |p.f_exc[1]|
               (and (bvult ((_ zero_extend 24) #x01) p.u_nevents)
                    (= #x00000001 p.u_flags)
                    (= #b1 ((_ extract 55 55) |p.u_ev[1]|)))))
      (a!11 (bvand |p.u_ev[1]|
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!14 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff)
                    (bvand cfg.probe
                           (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                           #x0000000f000000ff))
                 (= (bvand (bvand cfg.probe #x000000000000ff00)
                           (bvlshr |p.f_ev[0]| #x0000000000000030))
                    (bvand |p.f_ev[0]| #x000000000000ff00))))
      (a!15 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff)
                    (bvand cfg.probe
                           (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                           #x0000000f000000ff))
                 (= (bvand (bvand cfg.probe #x000000000000ff00)
                           (bvlshr |p.f_ev[1]| #x0000000000000030))
                    (bvand |p.f_ev[1]| #x000000000000ff00))))
      (a!17 (not (= #x00000001000000c2
                    (bvand cfg.probe
                           (bvor #x0000000f000000ff #x000000000000ff00))))))
(let ((a!3 (= |p.f_inc[0]|
              (and (bvult ((_ zero_extend 24) #x00) p.u_nevents)
                   (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1))
                   a!2)))
      (a!6 (=> (and (= #x00000001 p.u_flags)
                    (bvult ((_ zero_extend 24) #x00) p.u_nevents))
               (= #x0000000000000000 a!5)))
      (a!9 (= |p.f_inc[1]|
              (and (bvult ((_ zero_extend 24) #x01) p.u_nevents)
                   (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7))
                   a!8)))
      (a!12 (=> (and (= #x00000001 p.u_flags)
                     (bvult ((_ zero_extend 24) #x01) p.u_nevents))
                (= #x0000000000000000 a!11)))
      (a!16 (and (or (and |p.f_inc[0]| a!14) (and |p.f_inc[1]| a!15))
                 (not (or (and |p.f_exc[0]| a!14) (and |p.f_exc[1]| a!15))))))
(let ((a!13 (and (= p.f_action p.u_action)
                 (= p.f_flags p.u_flags)
                 (= p.f_fixed_bitmap p.u_fixed)
                 (bvule p.u_action #x00000001)
                 (bvule p.u_flags #x00000001)
                 (bvule p.u_nevents #x00000002)
                 (= |p.f_ev[0]|
                    (ite (= #x00000001 p.u_flags)
                         |p.u_ev[0]|
                         (bvor |p.u_ev[0]| #xff00000000000000)))
                 a!3
                 a!4
                 a!6
                 (= |p.f_ev[1]|
                    (ite (= #x00000001 p.u_flags)
                         |p.u_ev[1]|
                         (bvor |p.u_ev[1]| #xff00000000000000)))
                 a!9
                 a!10
                 a!12))
      (a!18 (= (or (not p.filter_set)
                   (ite a!16
                        (= #x00000000 p.f_action)
                        (= #x00000001 p.f_action)))
               a!17)))
(let ((a!19 (=> (and cfg.amd
                     p.filter_set
                     (= #x00000001 p.u_action)
                     (= #x00000000 p.u_flags)
                     (= #x00000001 p.u_nevents)
                     (= #x00000001000000c2 |p.u_ev[0]|))
                a!18)))
  (and (or (not p.filter_set) a!13) a!19 (not a!19)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.probe p.filter_set p.f_action p.f_fixed_bitmap p.f_flags |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| p.u_action p.u_flags p.u_nevents p.u_fixed |p.u_ev[0]| |p.u_ev[1]|
; invariant: (let ((a!1 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!2 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!4 (= |p.f_exc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!5 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!7 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!8 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!10 (= |p.f_exc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!11 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!14 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand cfg.probe (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand cfg.probe #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!15 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand cfg.probe (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand cfg.probe #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!17 (not (= #x00000001000000c2 (bvand cfg.probe (bvor #x0000000f000000ff #x000000000000ff00)))))) (let ((a!3 (= |p.f_inc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1)) a!2))) (a!6 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x00) p.u_nevents)) (= #x0000000000000000 a!5))) (a!9 (= |p.f_inc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7)) a!8))) (a!12 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x01) p.u_nevents)) (= #x0000000000000000 a!11))) (a!16 (and (or (and |p.f_inc[0]| a!14) (and |p.f_inc[1]| a!15)) (not (or (and |p.f_exc[0]| a!14) (and |p.f_exc[1]| a!15)))))) (let ((a!13 (and (= p.f_action p.u_action) (= p.f_flags p.u_flags) (= p.f_fixed_bitmap p.u_fixed) (bvule p.u_action #x00000001) (bvule p.u_flags #x00000001) (bvule p.u_nevents #x00000002) (= |p.f_ev[0]| (ite (= #x00000001 p.u_flags) |p.u_ev[0]| (bvor |p.u_ev[0]| #xff00000000000000))) a!3 a!4 a!6 (= |p.f_ev[1]| (ite (= #x00000001 p.u_flags) |p.u_ev[1]| (bvor |p.u_ev[1]| #xff00000000000000))) a!9 a!10 a!12)) (a!18 (= (or (not p.filter_set) (ite a!16 (= #x00000000 p.f_action) (= #x00000001 p.f_action))) a!17))) (and (or (not p.filter_set) a!13) (=> (and cfg.amd p.filter_set (= #x00000001 p.u_action) (= #x00000000 p.u_flags) (= #x00000001 p.u_nevents) (= #x00000001000000c2 |p.u_ev[0]|)) a!18)))))
; trigger: reached at depth 1
