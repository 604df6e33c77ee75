; vpmu-formal-certificate-1
; spec: filter_bad_no_masked_check
; property: p10_gp_decision_is_documented
; key: 341208f6231a4400b6755fdc14c755f6e88b67db1541c1b290c086506560f0e1
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun |p.u_ev[1]| () (_ BitVec 64))
(declare-fun cfg.probe () (_ BitVec 64))
(declare-fun cfg.amd () Bool)
(declare-fun p.u_nevents () (_ BitVec 32))
(declare-fun |p.u_ev[0]| () (_ BitVec 64))
(declare-fun p.u_flags () (_ BitVec 32))
(declare-fun p.u_action () (_ BitVec 32))
(declare-fun p.filter_set () Bool)
(declare-fun p.f_action () (_ BitVec 32))
(declare-fun |p.f_ev[1]| () (_ BitVec 64))
(declare-fun |p.f_exc[1]| () Bool)
(declare-fun |p.f_ev[0]| () (_ BitVec 64))
(declare-fun |p.f_exc[0]| () Bool)
(declare-fun |p.f_inc[1]| () Bool)
(declare-fun |p.f_inc[0]| () Bool)
(declare-fun p.u_fixed () (_ BitVec 32))
(declare-fun p.f_flags () (_ BitVec 32))
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 () (_ BitVec 64))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.act () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.nevents () (_ BitVec 32))
(declare-fun actp () (_ BitVec 1))
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
      (a!4 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                (= ((_ extract 35 32) |p.u_ev[0]|)
                   (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                (= (bvand ((_ extract 15 8) cfg.probe)
                          ((_ extract 63 56) |p.u_ev[0]|))
                   ((_ extract 15 8) |p.u_ev[0]|))))
      (a!6 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                (= ((_ extract 35 32) |p.u_ev[1]|)
                   (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                (= (bvand ((_ extract 15 8) cfg.probe)
                          ((_ extract 63 56) |p.u_ev[1]|))
                   ((_ extract 15 8) |p.u_ev[1]|))))
      (a!10 (and (bvult #x00000000 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[0]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|))))
      (a!11 (and (bvult #x00000001 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[1]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|)))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!5 (and (bvult #x00000000 p.u_nevents)
                a!4
                (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false)))
      (a!7 (and (bvult #x00000001 p.u_nevents)
                a!6
                (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false)))
      (a!8 (and (bvult #x00000000 p.u_nevents)
                a!4
                (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true)))
      (a!9 (and (bvult #x00000001 p.u_nevents)
                a!6
                (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true))))
(let ((a!12 (ite (= #x00000001 p.u_flags)
                 (and (or a!5 a!7) (not (or a!8 a!9)))
                 (or a!10 a!11))))
  (= (or (not p.filter_set)
         (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))
     (or (not p.filter_set) (ite (= #x00000000 p.u_action) a!12 (not a!12))))))))
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
      (a!4 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                (= ((_ extract 35 32) |p.u_ev[0]|)
                   (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                (= (bvand ((_ extract 15 8) cfg.probe)
                          ((_ extract 63 56) |p.u_ev[0]|))
                   ((_ extract 15 8) |p.u_ev[0]|))))
      (a!6 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                (= ((_ extract 35 32) |p.u_ev[1]|)
                   (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                (= (bvand ((_ extract 15 8) cfg.probe)
                          ((_ extract 63 56) |p.u_ev[1]|))
                   ((_ extract 15 8) |p.u_ev[1]|))))
      (a!10 (and (bvult #x00000000 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[0]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|))))
      (a!11 (and (bvult #x00000001 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[1]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|)))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!5 (and (bvult #x00000000 p.u_nevents)
                a!4
                (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false)))
      (a!7 (and (bvult #x00000001 p.u_nevents)
                a!6
                (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false)))
      (a!8 (and (bvult #x00000000 p.u_nevents)
                a!4
                (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true)))
      (a!9 (and (bvult #x00000001 p.u_nevents)
                a!6
                (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true))))
(let ((a!12 (ite (= #x00000001 p.u_flags)
                 (and (or a!5 a!7) (not (or a!8 a!9)))
                 (or a!10 a!11))))
(let ((a!13 (= (or (not p.filter_set)
                   (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))
               (or (not p.filter_set)
                   (ite (= #x00000000 p.u_action) a!12 (not a!12))))))
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
       (not a!13)))))))
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
      (a!4 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                (= ((_ extract 35 32) |p.u_ev[0]|)
                   (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                (= (bvand ((_ extract 15 8) cfg.probe)
                          ((_ extract 63 56) |p.u_ev[0]|))
                   ((_ extract 15 8) |p.u_ev[0]|))))
      (a!6 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                (= ((_ extract 35 32) |p.u_ev[1]|)
                   (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                (= (bvand ((_ extract 15 8) cfg.probe)
                          ((_ extract 63 56) |p.u_ev[1]|))
                   ((_ extract 15 8) |p.u_ev[1]|))))
      (a!10 (and (bvult #x00000000 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[0]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|))))
      (a!11 (and (bvult #x00000001 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[1]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|))))
      (a!14 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000000))
                      (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000001)))))
      (a!17 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!19 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!26 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00)))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!5 (and (bvult #x00000000 p.u_nevents)
                a!4
                (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false)))
      (a!7 (and (bvult #x00000001 p.u_nevents)
                a!6
                (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false)))
      (a!8 (and (bvult #x00000000 p.u_nevents)
                a!4
                (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true)))
      (a!9 (and (bvult #x00000001 p.u_nevents)
                a!6
                (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true)))
      (a!15 (and (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!14))
      (a!18 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!17)))
      (a!20 (or a!19
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!27 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!26)))
      (a!28 (or a!19
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev1))))))
(let ((a!12 (ite (= #x00000001 p.u_flags)
                 (and (or a!5 a!7) (not (or a!8 a!9)))
                 (or a!10 a!11)))
      (a!16 (not (ite (= #b0 actp) (ite a!15 true p.filter_set) p.filter_set)))
      (a!21 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!18)
                 a!20))
      (a!22 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!15
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!15
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!29 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!27)
                 a!28))
      (a!30 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!15
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!15
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!35 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!18)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!36 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!27)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1))))
      (a!39 (bvult #x00000000
                   (ite (= #b0 actp)
                        (ite a!15
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!40 (= ((_ extract 7 0)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))
               ((_ extract 7 0) cfg.probe)))
      (a!41 (= ((_ extract 35 32)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))
               (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)))
      (a!42 (bvand ((_ extract 15 8) cfg.probe)
                   ((_ extract 63 56)
                     (ite (= #b0 actp)
                          (ite a!15
                               inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                               |p.u_ev[0]|)
                          |p.u_ev[0]|))))
      (a!43 ((_ extract 15 8)
              (ite (= #b0 actp)
                   (ite a!15
                        inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                        |p.u_ev[0]|)
                   |p.u_ev[0]|)))
      (a!44 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!45 (bvult #x00000001
                   (ite (= #b0 actp)
                        (ite a!15
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!46 (= ((_ extract 7 0)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))
               ((_ extract 7 0) cfg.probe)))
      (a!47 (= ((_ extract 35 32)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))
               (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)))
      (a!48 (bvand ((_ extract 15 8) cfg.probe)
                   ((_ extract 63 56)
                     (ite (= #b0 actp)
                          (ite a!15
                               inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                               |p.u_ev[1]|)
                          |p.u_ev[1]|))))
      (a!49 ((_ extract 15 8)
              (ite (= #b0 actp)
                   (ite a!15
                        inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                        |p.u_ev[1]|)
                   |p.u_ev[1]|)))
      (a!50 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))))
      (a!53 (= #x0000
               ((_ extract 31 16)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!54 (= #x0000000
               ((_ extract 63 36)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!55 (= #x0000
               ((_ extract 31 16)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))))
      (a!56 (= #x0000000
               ((_ extract 63 36)
                 (ite (= #b0 actp)
                      (ite a!15
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|)))))
(let ((a!13 (= (or (not p.filter_set)
                   (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))
               (or (not p.filter_set)
                   (ite (= #x00000000 p.u_action) a!12 (not a!12)))))
      (a!23 (= (bvand (ite (= #b0 actp) a!22 |p.f_ev[0]|) #x0000000f000000ff)
               (bvand cfg.probe
                      (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                      #x0000000f000000ff)))
      (a!24 (bvand (bvand cfg.probe #x000000000000ff00)
                   (bvlshr (ite (= #b0 actp) a!22 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!31 (= (bvand (ite (= #b0 actp) a!30 |p.f_ev[1]|) #x0000000f000000ff)
               (bvand cfg.probe
                      (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                      #x0000000f000000ff)))
      (a!32 (bvand (bvand cfg.probe #x000000000000ff00)
                   (bvlshr (ite (= #b0 actp) a!30 |p.f_ev[1]|)
                           #x0000000000000030)))
      (a!51 (or (and a!39 (and a!40 a!41 (= a!42 a!43)) (= a!44 false))
                (and a!45 (and a!46 a!47 (= a!48 a!49)) (= a!50 false))))
      (a!52 (or (and a!39 (and a!40 a!41 (= a!42 a!43)) (= a!44 true))
                (and a!45 (and a!46 a!47 (= a!48 a!49)) (= a!50 true))))
      (a!57 (or (and a!39
                     a!40
                     (= a!43 ((_ extract 15 8) cfg.probe))
                     a!41
                     a!53
                     a!54)
                (and a!45
                     a!46
                     (= a!49 ((_ extract 15 8) cfg.probe))
                     a!47
                     a!55
                     a!56))))
(let ((a!25 (= a!24
               (bvand (ite (= #b0 actp) a!22 |p.f_ev[0]|) #x000000000000ff00)))
      (a!33 (= a!32
               (bvand (ite (= #b0 actp) a!30 |p.f_ev[1]|) #x000000000000ff00)))
      (a!58 (ite (= #x00000001
                    (ite (= #b0 actp)
                         (ite a!15
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.u_flags)
                         p.u_flags))
                 (and a!51 (not a!52))
                 a!57)))
(let ((a!34 (or (and (ite (= #b0 actp)
                          (ite a!15 a!21 |p.f_inc[0]|)
                          |p.f_inc[0]|)
                     (and a!23 a!25))
                (and (ite (= #b0 actp)
                          (ite a!15 a!29 |p.f_inc[1]|)
                          |p.f_inc[1]|)
                     (and a!31 a!33))))
      (a!37 (or (and (ite (= #b0 actp)
                          (ite a!15 a!35 |p.f_exc[0]|)
                          |p.f_exc[0]|)
                     (and a!23 a!25))
                (and (ite (= #b0 actp)
                          (ite a!15 a!36 |p.f_exc[1]|)
                          |p.f_exc[1]|)
                     (and a!31 a!33))))
      (a!59 (ite (= #x00000000
                    (ite (= #b0 actp)
                         (ite a!15
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.u_action)
                         p.u_action))
                 a!58
                 (not a!58))))
(let ((a!38 (ite (and a!34 (not a!37))
                 (= #x00000000
                    (ite (= #b0 actp)
                         (ite a!15
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action))
                 (= #x00000001
                    (ite (= #b0 actp)
                         (ite a!15
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action)))))
  (and a!13
       (= #b0 actp)
       (or (bvule inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x00000002)
           (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x0000012c))
       (bvult actp #b1)
       (not (= (or a!16 a!38) (or a!16 a!59))))))))))))
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
      (a!4 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                (= ((_ extract 35 32) |p.u_ev[0]|)
                   (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                (= (bvand ((_ extract 15 8) cfg.probe)
                          ((_ extract 63 56) |p.u_ev[0]|))
                   ((_ extract 15 8) |p.u_ev[0]|))))
      (a!6 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                (= ((_ extract 35 32) |p.u_ev[1]|)
                   (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                (= (bvand ((_ extract 15 8) cfg.probe)
                          ((_ extract 63 56) |p.u_ev[1]|))
                   ((_ extract 15 8) |p.u_ev[1]|))))
      (a!10 (and (bvult #x00000000 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[0]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|))))
      (a!11 (and (bvult #x00000001 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[1]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|)))))
(let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2))
                (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2)))))
      (a!5 (and (bvult #x00000000 p.u_nevents)
                a!4
                (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false)))
      (a!7 (and (bvult #x00000001 p.u_nevents)
                a!6
                (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false)))
      (a!8 (and (bvult #x00000000 p.u_nevents)
                a!4
                (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true)))
      (a!9 (and (bvult #x00000001 p.u_nevents)
                a!6
                (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true))))
(let ((a!12 (ite (= #x00000001 p.u_flags)
                 (and (or a!5 a!7) (not (or a!8 a!9)))
                 (or a!10 a!11))))
(let ((a!13 (= (or (not p.filter_set)
                   (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action)))
               (or (not p.filter_set)
                   (ite (= #x00000000 p.u_action) a!12 (not a!12))))))
  (and a!13 (not a!13)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.probe p.filter_set p.f_action p.f_fixed_bitmap p.f_flags |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| p.u_action p.u_flags p.u_nevents p.u_fixed |p.u_ev[0]| |p.u_ev[1]|
; invariant: (let ((a!1 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand cfg.probe (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand cfg.probe #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!2 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand cfg.probe (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand cfg.probe #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!4 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe)) (= ((_ extract 35 32) |p.u_ev[0]|) (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)) (= (bvand ((_ extract 15 8) cfg.probe) ((_ extract 63 56) |p.u_ev[0]|)) ((_ extract 15 8) |p.u_ev[0]|)))) (a!6 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe)) (= ((_ extract 35 32) |p.u_ev[1]|) (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)) (= (bvand ((_ extract 15 8) cfg.probe) ((_ extract 63 56) |p.u_ev[1]|)) ((_ extract 15 8) |p.u_ev[1]|)))) (a!10 (and (bvult #x00000000 p.u_nevents) (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe)) (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe)) (= ((_ extract 35 32) |p.u_ev[0]|) (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)) (= #x0000 ((_ extract 31 16) |p.u_ev[0]|)) (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|)))) (a!11 (and (bvult #x00000001 p.u_nevents) (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe)) (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe)) (= ((_ extract 35 32) |p.u_ev[1]|) (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)) (= #x0000 ((_ extract 31 16) |p.u_ev[1]|)) (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|))))) (let ((a!3 (and (or (and |p.f_inc[0]| a!1) (and |p.f_inc[1]| a!2)) (not (or (and |p.f_exc[0]| a!1) (and |p.f_exc[1]| a!2))))) (a!5 (and (bvult #x00000000 p.u_nevents) a!4 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false))) (a!7 (and (bvult #x00000001 p.u_nevents) a!6 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false))) (a!8 (and (bvult #x00000000 p.u_nevents) a!4 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true))) (a!9 (and (bvult #x00000001 p.u_nevents) a!6 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true)))) (let ((a!12 (ite (= #x00000001 p.u_flags) (and (or a!5 a!7) (not (or a!8 a!9))) (or a!10 a!11)))) (= (or (not p.filter_set) (ite a!3 (= #x00000000 p.f_action) (= #x00000001 p.f_action))) (or (not p.filter_set) (ite (= #x00000000 p.u_action) a!12 (not a!12)))))))
