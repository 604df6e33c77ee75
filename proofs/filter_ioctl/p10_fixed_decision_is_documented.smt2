; vpmu-formal-certificate-1
; spec: filter_ioctl
; property: p10_fixed_decision_is_documented
; key: 13589fd7ce847cf54135c2fdfb873fe011286d68a1c978c4bf591afb5b03e5ad
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.u_fixed () (_ BitVec 32))
(declare-fun p.u_action () (_ BitVec 32))
(declare-fun p.filter_set () Bool)
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun p.f_action () (_ BitVec 32))
(declare-fun cfg.amd () Bool)
(declare-fun |p.u_ev[1]| () (_ BitVec 64))
(declare-fun p.u_nevents () (_ BitVec 32))
(declare-fun p.u_flags () (_ BitVec 32))
(declare-fun |p.f_exc[1]| () Bool)
(declare-fun |p.f_inc[1]| () Bool)
(declare-fun |p.f_ev[1]| () (_ BitVec 64))
(declare-fun |p.u_ev[0]| () (_ BitVec 64))
(declare-fun |p.f_exc[0]| () Bool)
(declare-fun |p.f_inc[0]| () Bool)
(declare-fun |p.f_ev[0]| () (_ BitVec 64))
(declare-fun p.f_flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.act () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.nevents () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 () (_ BitVec 64))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev0 () (_ BitVec 64))
(declare-fun actp () (_ BitVec 1))
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
      (a!14 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!15 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!17 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000)))))
      (a!19 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!20 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!22 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001)))))
      (a!24 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!25 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!27 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002))))))
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
      (a!16 (and (not a!14) (not (and (= #x00000000 p.f_action) a!15))))
      (a!18 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000)))
                 a!17))
      (a!21 (and (not a!19) (not (and (= #x00000000 p.f_action) a!20))))
      (a!23 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001)))
                 a!22))
      (a!26 (and (not a!24) (not (and (= #x00000000 p.f_action) a!25))))
      (a!28 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002)))
                 a!27)))
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
                 a!12)))
  (and (or (not p.filter_set) a!13)
       (= (or (not p.filter_set) a!16) (or (not p.filter_set) a!18))
       (= (or (not p.filter_set) a!21) (or (not p.filter_set) a!23))
       (= (or (not p.filter_set) a!26) (or (not p.filter_set) a!28)))))))
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
      (a!14 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!15 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!17 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000)))))
      (a!19 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!20 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!22 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001)))))
      (a!24 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!25 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!27 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002))))))
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
      (a!16 (and (not a!14) (not (and (= #x00000000 p.f_action) a!15))))
      (a!18 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000)))
                 a!17))
      (a!21 (and (not a!19) (not (and (= #x00000000 p.f_action) a!20))))
      (a!23 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001)))
                 a!22))
      (a!26 (and (not a!24) (not (and (= #x00000000 p.f_action) a!25))))
      (a!28 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002)))
                 a!27)))
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
                 a!12)))
(let ((a!29 (and (or (not p.filter_set) a!13)
                 (= (or (not p.filter_set) a!16) (or (not p.filter_set) a!18))
                 (= (or (not p.filter_set) a!21) (or (not p.filter_set) a!23))
                 (= (or (not p.filter_set) a!26) (or (not p.filter_set) a!28)))))
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
       (not a!29)))))))
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
      (a!14 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!15 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!17 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000)))))
      (a!19 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!20 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!22 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001)))))
      (a!24 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!25 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!27 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002)))))
      (a!29 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!30 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!33 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000000))
                      (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000001)))))
      (a!39 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!41 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!52 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
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
      (a!16 (and (not a!14) (not (and (= #x00000000 p.f_action) a!15))))
      (a!18 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000)))
                 a!17))
      (a!21 (and (not a!19) (not (and (= #x00000000 p.f_action) a!20))))
      (a!23 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001)))
                 a!22))
      (a!26 (and (not a!24) (not (and (= #x00000000 p.f_action) a!25))))
      (a!28 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002)))
                 a!27))
      (a!31 (and (or (= inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                        #x00000000)
                     (= a!29 #x0000000000000000))
                 (or (= ((_ extract 31 1)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b0000000000000000000000000000000)
                     (= a!30 #x0000000000000000))))
      (a!40 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!39)))
      (a!42 (or a!41
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!53 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!52)))
      (a!54 (or a!41
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
      (a!32 (and (not (= ((_ extract 0 0)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0))
                 (not a!31)))
      (a!43 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!40)
                 a!42))
      (a!48 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!40)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!55 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!53)
                 a!54))
      (a!60 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!53)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
(let ((a!34 (and (not a!32)
                 (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!33)))
(let ((a!35 (not (ite (= #b0 actp) (ite a!34 true p.filter_set) p.filter_set)))
      (a!36 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!34
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!34
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!37 (= #x00000001
               (ite (= #b0 actp)
                    (ite a!34
                         inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                         p.u_flags)
                    p.u_flags)))
      (a!44 (bvult ((_ zero_extend 24) #x00)
                   (ite (= #b0 actp)
                        (ite a!34
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!45 (bvand (ite (= #b0 actp)
                        (ite a!34
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!46 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!34
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!49 (bvand (ite (= #b0 actp)
                        (ite a!34
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!50 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!34
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!34
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!56 (bvult ((_ zero_extend 24) #x01)
                   (ite (= #b0 actp)
                        (ite a!34
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!57 (bvand (ite (= #b0 actp)
                        (ite a!34
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!58 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!34
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))))
      (a!61 (bvand (ite (= #b0 actp)
                        (ite a!34
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!63 (= #x00000001
               (ite (= #b0 actp)
                    (ite a!34
                         inp.kvm_vm_ioctl_set_pmu_event_filter.act
                         p.f_action)
                    p.f_action)))
      (a!64 ((_ extract 0 0)
              (bvlshr (ite (= #b0 actp)
                           (ite a!34
                                inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                p.f_fixed_bitmap)
                           p.f_fixed_bitmap)
                      #x00000000)))
      (a!65 (= #x00000000
               (ite (= #b0 actp)
                    (ite a!34
                         inp.kvm_vm_ioctl_set_pmu_event_filter.act
                         p.f_action)
                    p.f_action)))
      (a!68 (= #x00000000
               (ite (= #b0 actp)
                    (ite a!34
                         inp.kvm_vm_ioctl_set_pmu_event_filter.act
                         p.u_action)
                    p.u_action)))
      (a!69 ((_ extract 0 0)
              (bvlshr (ite (= #b0 actp)
                           (ite a!34
                                inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                p.u_fixed)
                           p.u_fixed)
                      #x00000000)))
      (a!71 ((_ extract 0 0)
              (bvlshr (ite (= #b0 actp)
                           (ite a!34
                                inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                p.f_fixed_bitmap)
                           p.f_fixed_bitmap)
                      #x00000001)))
      (a!74 ((_ extract 0 0)
              (bvlshr (ite (= #b0 actp)
                           (ite a!34
                                inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                p.u_fixed)
                           p.u_fixed)
                      #x00000001)))
      (a!76 ((_ extract 0 0)
              (bvlshr (ite (= #b0 actp)
                           (ite a!34
                                inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                p.f_fixed_bitmap)
                           p.f_fixed_bitmap)
                      #x00000002)))
      (a!79 ((_ extract 0 0)
              (bvlshr (ite (= #b0 actp)
                           (ite a!34
                                inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                                p.u_fixed)
                           p.u_fixed)
                      #x00000002))))
(let ((a!38 (ite a!37
                 (ite (= #b0 actp)
                      (ite a!34
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|)
                 (bvor (ite (= #b0 actp)
                            (ite a!34
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                                 |p.u_ev[0]|)
                            |p.u_ev[0]|)
                       #xff00000000000000)))
      (a!47 (= (ite (= #b0 actp) (ite a!34 a!43 |p.f_inc[0]|) |p.f_inc[0]|)
               (and a!44
                    (or a!37 (= #x0000000000000000 a!45))
                    (or (not a!37) (not a!46)))))
      (a!51 (ite a!37
                 (ite (= #b0 actp)
                      (ite a!34
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|)
                 (bvor (ite (= #b0 actp)
                            (ite a!34
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                                 |p.u_ev[1]|)
                            |p.u_ev[1]|)
                       #xff00000000000000)))
      (a!59 (= (ite (= #b0 actp) (ite a!34 a!55 |p.f_inc[1]|) |p.f_inc[1]|)
               (and a!56
                    (or a!37 (= #x0000000000000000 a!57))
                    (or (not a!37) (not a!58)))))
      (a!66 (not (and a!65 (not (= #b1 a!64)))))
      (a!70 (or a!35 (ite a!68 (= #b1 a!69) (not (= #b1 a!69)))))
      (a!72 (not (and a!65 (not (= #b1 a!71)))))
      (a!75 (or a!35 (ite a!68 (= #b1 a!74) (not (= #b1 a!74)))))
      (a!77 (not (and a!65 (not (= #b1 a!76)))))
      (a!80 (or a!35 (ite a!68 (= #b1 a!79) (not (= #b1 a!79))))))
(let ((a!62 (and (= (ite (= #b0 actp)
                         (ite a!34
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action)
                    (ite (= #b0 actp)
                         (ite a!34
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.u_action)
                         p.u_action))
                 (= (ite (= #b0 actp)
                         (ite a!34
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.f_flags)
                         p.f_flags)
                    (ite (= #b0 actp)
                         (ite a!34
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.u_flags)
                         p.u_flags))
                 (= (ite (= #b0 actp)
                         (ite a!34
                              inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                              p.f_fixed_bitmap)
                         p.f_fixed_bitmap)
                    (ite (= #b0 actp)
                         (ite a!34
                              inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                              p.u_fixed)
                         p.u_fixed))
                 (bvule (ite (= #b0 actp)
                             (ite a!34
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.act
                                  p.u_action)
                             p.u_action)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!34
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                  p.u_flags)
                             p.u_flags)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!34
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                                  p.u_nevents)
                             p.u_nevents)
                        #x00000002)
                 (= (ite (= #b0 actp) a!36 |p.f_ev[0]|) a!38)
                 a!47
                 (= (ite (= #b0 actp) (ite a!34 a!48 |p.f_exc[0]|) |p.f_exc[0]|)
                    (and a!44 a!37 a!46))
                 (=> (and a!37 a!44) (= #x0000000000000000 a!49))
                 (= (ite (= #b0 actp) a!50 |p.f_ev[1]|) a!51)
                 a!59
                 (= (ite (= #b0 actp) (ite a!34 a!60 |p.f_exc[1]|) |p.f_exc[1]|)
                    (and a!56 a!37 a!58))
                 (=> (and a!37 a!56) (= #x0000000000000000 a!61))))
      (a!67 (and (not (and a!63 (= #b1 a!64))) a!66))
      (a!73 (and (not (and a!63 (= #b1 a!71))) a!72))
      (a!78 (and (not (and a!63 (= #b1 a!76))) a!77)))
(let ((a!81 (not (and (or a!35 a!62)
                      (= (or a!35 a!67) a!70)
                      (= (or a!35 a!73) a!75)
                      (= (or a!35 a!78) a!80)))))
  (and (or (not p.filter_set) a!13)
       (= (or (not p.filter_set) a!16) (or (not p.filter_set) a!18))
       (= (or (not p.filter_set) a!21) (or (not p.filter_set) a!23))
       (= (or (not p.filter_set) a!26) (or (not p.filter_set) a!28))
       (= #b0 actp)
       (or (bvule inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x00000002)
           (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x0000012c))
       (bvult actp #b1)
       a!81))))))))))
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
      (a!14 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!15 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000)))))
      (a!17 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000)))))
      (a!19 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!20 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001)))))
      (a!22 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001)))))
      (a!24 (and (= #x00000001 p.f_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!25 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002)))))
      (a!27 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002))))))
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
      (a!16 (and (not a!14) (not (and (= #x00000000 p.f_action) a!15))))
      (a!18 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000)))
                 a!17))
      (a!21 (and (not a!19) (not (and (= #x00000000 p.f_action) a!20))))
      (a!23 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001)))
                 a!22))
      (a!26 (and (not a!24) (not (and (= #x00000000 p.f_action) a!25))))
      (a!28 (ite (= #x00000000 p.u_action)
                 (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002)))
                 a!27)))
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
      (a!29 (and (= (or (not p.filter_set) a!16) (or (not p.filter_set) a!18))
                 (= (or (not p.filter_set) a!21) (or (not p.filter_set) a!23))
                 (= (or (not p.filter_set) a!26) (or (not p.filter_set) a!28)))))
  (and (or (not p.filter_set) a!13) a!29 (not a!29))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.probe p.filter_set p.f_action p.f_fixed_bitmap p.f_flags |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| p.u_action p.u_flags p.u_nevents p.u_fixed |p.u_ev[0]| |p.u_ev[1]|
; invariant: (let ((a!1 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!2 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!4 (= |p.f_exc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!5 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!7 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!8 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!10 (= |p.f_exc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!11 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!14 (and (= #x00000001 p.f_action) (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000))))) (a!15 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000000))))) (a!17 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000))))) (a!19 (and (= #x00000001 p.f_action) (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001))))) (a!20 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000001))))) (a!22 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001))))) (a!24 (and (= #x00000001 p.f_action) (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002))))) (a!25 (not (= #b1 ((_ extract 0 0) (bvlshr p.f_fixed_bitmap #x00000002))))) (a!27 (not (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002)))))) (let ((a!3 (= |p.f_inc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1)) a!2))) (a!6 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x00) p.u_nevents)) (= #x0000000000000000 a!5))) (a!9 (= |p.f_inc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7)) a!8))) (a!12 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x01) p.u_nevents)) (= #x0000000000000000 a!11))) (a!16 (and (not a!14) (not (and (= #x00000000 p.f_action) a!15)))) (a!18 (ite (= #x00000000 p.u_action) (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000000))) a!17)) (a!21 (and (not a!19) (not (and (= #x00000000 p.f_action) a!20)))) (a!23 (ite (= #x00000000 p.u_action) (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000001))) a!22)) (a!26 (and (not a!24) (not (and (= #x00000000 p.f_action) a!25)))) (a!28 (ite (= #x00000000 p.u_action) (= #b1 ((_ extract 0 0) (bvlshr p.u_fixed #x00000002))) a!27))) (let ((a!13 (and (= p.f_action p.u_action) (= p.f_flags p.u_flags) (= p.f_fixed_bitmap p.u_fixed) (bvule p.u_action #x00000001) (bvule p.u_flags #x00000001) (bvule p.u_nevents #x00000002) (= |p.f_ev[0]| (ite (= #x00000001 p.u_flags) |p.u_ev[0]| (bvor |p.u_ev[0]| #xff00000000000000))) a!3 a!4 a!6 (= |p.f_ev[1]| (ite (= #x00000001 p.u_flags) |p.u_ev[1]| (bvor |p.u_ev[1]| #xff00000000000000))) a!9 a!10 a!12))) (and (or (not p.filter_set) a!13) (= (or (not p.filter_set) a!16) (or (not p.filter_set) a!18)) (= (or (not p.filter_set) a!21) (or (not p.filter_set) a!23)) (= (or (not p.filter_set) a!26) (or (not p.filter_set) a!28))))))
