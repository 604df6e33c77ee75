; vpmu-formal-certificate-1
; spec: filter_bad_select_width
; property: p11_installed_filter_well_formed
; key: cdd70cb1bd999642dc7938c70dc8d603f9c3bb693a55697f47831ca3302aa151
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun |p.f_ev[1]| () (_ BitVec 64))
(declare-fun cfg.amd () Bool)
(declare-fun p.f_flags () (_ BitVec 32))
(declare-fun |p.f_exc[1]| () Bool)
(declare-fun |p.f_inc[1]| () Bool)
(declare-fun |p.f_ev[0]| () (_ BitVec 64))
(declare-fun |p.f_exc[0]| () Bool)
(declare-fun |p.f_inc[0]| () Bool)
(declare-fun p.f_action () (_ BitVec 32))
(declare-fun p.filter_set () Bool)
(declare-fun |p.u_ev[1]| () (_ BitVec 64))
(declare-fun p.u_nevents () (_ BitVec 32))
(declare-fun p.u_flags () (_ BitVec 32))
(declare-fun |p.u_ev[0]| () (_ BitVec 64))
(declare-fun p.u_action () (_ BitVec 32))
(declare-fun p.u_fixed () (_ BitVec 32))
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 () (_ BitVec 64))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.act () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.nevents () (_ BitVec 32))
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
      (a!14 (and (= #x0000 ((_ extract 31 16) |p.f_ev[0]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[0]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[0]|)))))
      (a!15 (and (= #x0000 ((_ extract 31 16) |p.f_ev[1]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[1]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[1]|))))))
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
      (a!16 (and (bvule p.f_action #x00000001)
                 (bvule p.f_flags #x00000001)
                 (=> (and (or |p.f_inc[0]| |p.f_exc[0]|)
                          (= #x00000001 p.f_flags))
                     a!14)
                 (=> (and (or |p.f_inc[1]| |p.f_exc[1]|)
                          (= #x00000001 p.f_flags))
                     a!15))))
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
  (and (or (not p.filter_set) a!13) (=> p.filter_set a!16))))))
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
      (a!14 (and (= #x0000 ((_ extract 31 16) |p.f_ev[0]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[0]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[0]|)))))
      (a!15 (and (= #x0000 ((_ extract 31 16) |p.f_ev[1]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[1]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[1]|))))))
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
      (a!16 (and (bvule p.f_action #x00000001)
                 (bvule p.f_flags #x00000001)
                 (=> (and (or |p.f_inc[0]| |p.f_exc[0]|)
                          (= #x00000001 p.f_flags))
                     a!14)
                 (=> (and (or |p.f_inc[1]| |p.f_exc[1]|)
                          (= #x00000001 p.f_flags))
                     a!15))))
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
(let ((a!17 (not (and (or (not p.filter_set) a!13) (=> p.filter_set a!16)))))
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
       a!17))))))
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
      (a!14 (and (= #x0000 ((_ extract 31 16) |p.f_ev[0]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[0]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[0]|)))))
      (a!15 (and (= #x0000 ((_ extract 31 16) |p.f_ev[1]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[1]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[1]|)))))
      (a!17 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!18 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!21 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000000))
                      (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000001)))))
      (a!26 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!28 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!39 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
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
      (a!16 (and (bvule p.f_action #x00000001)
                 (bvule p.f_flags #x00000001)
                 (=> (and (or |p.f_inc[0]| |p.f_exc[0]|)
                          (= #x00000001 p.f_flags))
                     a!14)
                 (=> (and (or |p.f_inc[1]| |p.f_exc[1]|)
                          (= #x00000001 p.f_flags))
                     a!15)))
      (a!19 (and (or (= inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                        #x00000000)
                     (= a!17 #x0000000000000000))
                 (or (= ((_ extract 31 1)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b0000000000000000000000000000000)
                     (= a!18 #x0000000000000000))))
      (a!27 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!26)))
      (a!29 (or a!28
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!40 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!39)))
      (a!41 (or a!28
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
      (a!20 (and (not (= ((_ extract 0 0)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0))
                 (not a!19)))
      (a!30 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!27)
                 a!29))
      (a!35 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!27)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!42 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!40)
                 a!41))
      (a!47 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!40)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
(let ((a!22 (and (not a!20)
                 (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!21)))
(let ((a!23 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!22
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!22
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!24 (= #x00000001
               (ite (= #b0 actp)
                    (ite a!22
                         inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                         p.u_flags)
                    p.u_flags)))
      (a!31 (bvult ((_ zero_extend 24) #x00)
                   (ite (= #b0 actp)
                        (ite a!22
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!32 (bvand (ite (= #b0 actp)
                        (ite a!22
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!33 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!22
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!36 (bvand (ite (= #b0 actp)
                        (ite a!22
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!37 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!22
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!22
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!43 (bvult ((_ zero_extend 24) #x01)
                   (ite (= #b0 actp)
                        (ite a!22
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!44 (bvand (ite (= #b0 actp)
                        (ite a!22
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!45 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!22
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))))
      (a!48 (bvand (ite (= #b0 actp)
                        (ite a!22
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!51 (= #x00000001
               (ite (= #b0 actp)
                    (ite a!22
                         inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                         p.f_flags)
                    p.f_flags))))
(let ((a!25 (ite a!24
                 (ite (= #b0 actp)
                      (ite a!22
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|)
                 (bvor (ite (= #b0 actp)
                            (ite a!22
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                                 |p.u_ev[0]|)
                            |p.u_ev[0]|)
                       #xff00000000000000)))
      (a!34 (= (ite (= #b0 actp) (ite a!22 a!30 |p.f_inc[0]|) |p.f_inc[0]|)
               (and a!31
                    (or a!24 (= #x0000000000000000 a!32))
                    (or (not a!24) (not a!33)))))
      (a!38 (ite a!24
                 (ite (= #b0 actp)
                      (ite a!22
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|)
                 (bvor (ite (= #b0 actp)
                            (ite a!22
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                                 |p.u_ev[1]|)
                            |p.u_ev[1]|)
                       #xff00000000000000)))
      (a!46 (= (ite (= #b0 actp) (ite a!22 a!42 |p.f_inc[1]|) |p.f_inc[1]|)
               (and a!43
                    (or a!24 (= #x0000000000000000 a!44))
                    (or (not a!24) (not a!45)))))
      (a!52 (and (or (ite (= #b0 actp)
                          (ite a!22 a!30 |p.f_inc[0]|)
                          |p.f_inc[0]|)
                     (ite (= #b0 actp)
                          (ite a!22 a!35 |p.f_exc[0]|)
                          |p.f_exc[0]|))
                 a!51))
      (a!53 (= #x0000 ((_ extract 31 16) (ite (= #b0 actp) a!23 |p.f_ev[0]|))))
      (a!54 (= #b0000000000000000000
               ((_ extract 54 36) (ite (= #b0 actp) a!23 |p.f_ev[0]|))))
      (a!55 (= #x0 ((_ extract 35 32) (ite (= #b0 actp) a!23 |p.f_ev[0]|))))
      (a!56 (and (or (ite (= #b0 actp)
                          (ite a!22 a!42 |p.f_inc[1]|)
                          |p.f_inc[1]|)
                     (ite (= #b0 actp)
                          (ite a!22 a!47 |p.f_exc[1]|)
                          |p.f_exc[1]|))
                 a!51))
      (a!57 (= #x0000 ((_ extract 31 16) (ite (= #b0 actp) a!37 |p.f_ev[1]|))))
      (a!58 (= #b0000000000000000000
               ((_ extract 54 36) (ite (= #b0 actp) a!37 |p.f_ev[1]|))))
      (a!59 (= #x0 ((_ extract 35 32) (ite (= #b0 actp) a!37 |p.f_ev[1]|)))))
(let ((a!49 (and (= (ite (= #b0 actp)
                         (ite a!22
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action)
                    (ite (= #b0 actp)
                         (ite a!22
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.u_action)
                         p.u_action))
                 (= (ite (= #b0 actp)
                         (ite a!22
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.f_flags)
                         p.f_flags)
                    (ite (= #b0 actp)
                         (ite a!22
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.u_flags)
                         p.u_flags))
                 (= (ite (= #b0 actp)
                         (ite a!22
                              inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                              p.f_fixed_bitmap)
                         p.f_fixed_bitmap)
                    (ite (= #b0 actp)
                         (ite a!22
                              inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                              p.u_fixed)
                         p.u_fixed))
                 (bvule (ite (= #b0 actp)
                             (ite a!22
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.act
                                  p.u_action)
                             p.u_action)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!22
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                  p.u_flags)
                             p.u_flags)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!22
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                                  p.u_nevents)
                             p.u_nevents)
                        #x00000002)
                 (= (ite (= #b0 actp) a!23 |p.f_ev[0]|) a!25)
                 a!34
                 (= (ite (= #b0 actp) (ite a!22 a!35 |p.f_exc[0]|) |p.f_exc[0]|)
                    (and a!31 a!24 a!33))
                 (=> (and a!24 a!31) (= #x0000000000000000 a!36))
                 (= (ite (= #b0 actp) a!37 |p.f_ev[1]|) a!38)
                 a!46
                 (= (ite (= #b0 actp) (ite a!22 a!47 |p.f_exc[1]|) |p.f_exc[1]|)
                    (and a!43 a!24 a!45))
                 (=> (and a!24 a!43) (= #x0000000000000000 a!48))))
      (a!60 (and (bvule (ite (= #b0 actp)
                             (ite a!22
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.act
                                  p.f_action)
                             p.f_action)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!22
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                  p.f_flags)
                             p.f_flags)
                        #x00000001)
                 (=> a!52 (and a!53 a!54 (or cfg.amd a!55)))
                 (=> a!56 (and a!57 a!58 (or cfg.amd a!59))))))
(let ((a!50 (or (not (ite (= #b0 actp)
                          (ite a!22 true p.filter_set)
                          p.filter_set))
                a!49)))
(let ((a!61 (and a!50
                 (=> (ite (= #b0 actp)
                          (ite a!22 true p.filter_set)
                          p.filter_set)
                     a!60))))
  (and (or (not p.filter_set) a!13)
       (=> p.filter_set a!16)
       (= #b0 actp)
       (or (bvule inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x00000002)
           (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x0000012c))
       (bvult actp #b1)
       (not a!61))))))))))))
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
      (a!14 (and (= #x0000 ((_ extract 31 16) |p.f_ev[0]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[0]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[0]|)))))
      (a!15 (and (= #x0000 ((_ extract 31 16) |p.f_ev[1]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[1]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[1]|))))))
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
      (a!16 (and (bvule p.f_action #x00000001)
                 (bvule p.f_flags #x00000001)
                 (=> (and (or |p.f_inc[0]| |p.f_exc[0]|)
                          (= #x00000001 p.f_flags))
                     a!14)
                 (=> (and (or |p.f_inc[1]| |p.f_exc[1]|)
                          (= #x00000001 p.f_flags))
                     a!15))))
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
       (=> p.filter_set a!16)
       (not (=> p.filter_set a!16)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.probe p.filter_set p.f_action p.f_fixed_bitmap p.f_flags |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| p.u_action p.u_flags p.u_nevents p.u_fixed |p.u_ev[0]| |p.u_ev[1]|
; invariant: (let ((a!1 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!2 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!4 (= |p.f_exc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!5 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!7 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!8 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!10 (= |p.f_exc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!11 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!14 (and (= #x0000 ((_ extract 31 16) |p.f_ev[0]|)) (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[0]|)) (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[0]|))))) (a!15 (and (= #x0000 ((_ extract 31 16) |p.f_ev[1]|)) (= #b0000000000000000000 ((_ extract 54 36) |p.f_ev[1]|)) (or cfg.amd (= #x0 ((_ extract 35 32) |p.f_ev[1]|)))))) (let ((a!3 (= |p.f_inc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1)) a!2))) (a!6 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x00) p.u_nevents)) (= #x0000000000000000 a!5))) (a!9 (= |p.f_inc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7)) a!8))) (a!12 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x01) p.u_nevents)) (= #x0000000000000000 a!11))) (a!16 (and (bvule p.f_action #x00000001) (bvule p.f_flags #x00000001) (=> (and (or |p.f_inc[0]| |p.f_exc[0]|) (= #x00000001 p.f_flags)) a!14) (=> (and (or |p.f_inc[1]| |p.f_exc[1]|) (= #x00000001 p.f_flags)) a!15)))) (let ((a!13 (and (= p.f_action p.u_action) (= p.f_flags p.u_flags) (= p.f_fixed_bitmap p.u_fixed) (bvule p.u_action #x00000001) (bvule p.u_flags #x00000001) (bvule p.u_nevents #x00000002) (= |p.f_ev[0]| (ite (= #x00000001 p.u_flags) |p.u_ev[0]| (bvor |p.u_ev[0]| #xff00000000000000))) a!3 a!4 a!6 (= |p.f_ev[1]| (ite (= #x00000001 p.u_flags) |p.u_ev[1]| (bvor |p.u_ev[1]| #xff00000000000000))) a!9 a!10 a!12))) (and (or (not p.filter_set) a!13) (=> p.filter_set a!16)))))
; trigger: reached at depth 1
