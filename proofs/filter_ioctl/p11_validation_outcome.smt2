; vpmu-formal-certificate-1
; spec: filter_ioctl
; property: p11_validation_outcome
; key: 0b3ad43bca0adbfc44413f980233702968555cbd4b73ff5f74ccf784c5f852ef
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun |p.in_ev[1]| () (_ BitVec 64))
(declare-fun cfg.amd () Bool)
(declare-fun p.in_nevents () (_ BitVec 32))
(declare-fun |p.in_ev[0]| () (_ BitVec 64))
(declare-fun p.in_flags () (_ BitVec 32))
(declare-fun p.in_action () (_ BitVec 32))
(declare-fun p.ioctl_ret () (_ BitVec 2))
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
(declare-fun p.u_action () (_ BitVec 32))
(declare-fun p.u_fixed () (_ BitVec 32))
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun p.f_flags () (_ BitVec 32))
(declare-fun p.f_action () (_ BitVec 32))
(declare-fun p.filter_set () Bool)
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev1 () (_ BitVec 64))
(declare-fun actp () (_ BitVec 1))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.nevents () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.ev0 () (_ BitVec 64))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.flags () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.act () (_ BitVec 32))
(declare-fun inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
(define-fun invariant ((cfg.amd Bool) (cfg.probe (_ BitVec 64)) (p.filter_set Bool) (p.f_action (_ BitVec 32)) (p.f_fixed_bitmap (_ BitVec 32)) (p.f_flags (_ BitVec 32)) (|p.f_ev[0]| (_ BitVec 64)) (|p.f_ev[1]| (_ BitVec 64)) (|p.f_inc[0]| Bool) (|p.f_inc[1]| Bool) (|p.f_exc[0]| Bool) (|p.f_exc[1]| Bool) (p.u_action (_ BitVec 32)) (p.u_flags (_ BitVec 32)) (p.u_nevents (_ BitVec 32)) (p.u_fixed (_ BitVec 32)) (|p.u_ev[0]| (_ BitVec 64)) (|p.u_ev[1]| (_ BitVec 64)) (p.ioctl_ret (_ BitVec 2)) (p.in_action (_ BitVec 32)) (p.in_flags (_ BitVec 32)) (p.in_nevents (_ BitVec 32)) (|p.in_ev[0]| (_ BitVec 64)) (|p.in_ev[1]| (_ BitVec 64))) Bool
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
      (a!14 (and (= #x0000 ((_ extract 31 16) |p.in_ev[0]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[0]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[0]|)))))
      (a!15 (and (= #x0000 ((_ extract 31 16) |p.in_ev[1]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[1]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[1]|))))))
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
      (a!16 (not (and (or (bvult p.in_nevents #x00000001) a!14)
                      (or (bvult p.in_nevents #x00000002) a!15)))))
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
      (a!17 (ite (bvugt p.in_nevents #x0000012c)
                 #b11
                 (ite (and (= #x00000001 p.in_flags) a!16) #b10 #b01))))
(let ((a!18 (= p.ioctl_ret
               (ite (bvugt p.in_action #x00000001)
                    #b10
                    (ite (bvugt p.in_flags #x00000001) #b10 a!17)))))
  (and (or (not p.filter_set) a!13) (=> (not (= #b00 p.ioctl_ret)) a!18)))))))
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
      (a!14 (and (= #x0000 ((_ extract 31 16) |p.in_ev[0]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[0]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[0]|)))))
      (a!15 (and (= #x0000 ((_ extract 31 16) |p.in_ev[1]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[1]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[1]|))))))
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
      (a!16 (not (and (or (bvult p.in_nevents #x00000001) a!14)
                      (or (bvult p.in_nevents #x00000002) a!15)))))
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
      (a!17 (ite (bvugt p.in_nevents #x0000012c)
                 #b11
                 (ite (and (= #x00000001 p.in_flags) a!16) #b10 #b01))))
(let ((a!18 (= p.ioctl_ret
               (ite (bvugt p.in_action #x00000001)
                    #b10
                    (ite (bvugt p.in_flags #x00000001) #b10 a!17)))))
(let ((a!19 (and (or (not p.filter_set) a!13)
                 (=> (not (= #b00 p.ioctl_ret)) a!18))))
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
       (= #b00 p.ioctl_ret)
       (= #x00000000 p.in_action)
       (= #x00000000 p.in_flags)
       (= #x00000000 p.in_nevents)
       (= #x0000000000000000 |p.in_ev[0]|)
       (= #x0000000000000000 |p.in_ev[1]|)
       (not a!19))))))))
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
      (a!14 (and (= #x0000 ((_ extract 31 16) |p.in_ev[0]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[0]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[0]|)))))
      (a!15 (and (= #x0000 ((_ extract 31 16) |p.in_ev[1]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[1]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[1]|)))))
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
      (a!28 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!30 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!41 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!53 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!54 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!57 (ite (and (not (= #x00000000
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act))
                      (not (= #x00000001
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act)))
                 #b10
                 p.ioctl_ret))
      (a!63 (= #x0000
               ((_ extract 31 16)
                 (ite (= #b0 actp)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.in_ev[0]|))))
      (a!64 (= #b0000000000000000000
               ((_ extract 54 36)
                 (ite (= #b0 actp)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.in_ev[0]|))))
      (a!65 (= #x0
               ((_ extract 35 32)
                 (ite (= #b0 actp)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.in_ev[0]|))))
      (a!67 (= #x0000
               ((_ extract 31 16)
                 (ite (= #b0 actp)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.in_ev[1]|))))
      (a!68 (= #b0000000000000000000
               ((_ extract 54 36)
                 (ite (= #b0 actp)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.in_ev[1]|))))
      (a!69 (= #x0
               ((_ extract 35 32)
                 (ite (= #b0 actp)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.in_ev[1]|)))))
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
      (a!16 (not (and (or (bvult p.in_nevents #x00000001) a!14)
                      (or (bvult p.in_nevents #x00000002) a!15))))
      (a!21 (and (or (= inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                        #x00000000)
                     (= a!19 #x0000000000000000))
                 (or (= ((_ extract 31 1)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b0000000000000000000000000000000)
                     (= a!20 #x0000000000000000))))
      (a!29 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!28)))
      (a!31 (or a!30
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!42 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!41)))
      (a!43 (or a!30
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
      (a!55 (and (or (not (bvult #x00000000
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.nevents))
                     (= #x0000000000000000 a!53))
                 (or (not (bvult #x00000001
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.nevents))
                     (= #x0000000000000000 a!54))))
      (a!58 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #xfffffffe)))
                 (ite a!23 #b10 a!57)
                 a!57))
      (a!66 (or (bvult (ite (= #b0 actp)
                            inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                            p.in_nevents)
                       #x00000001)
                (and a!63 a!64 (or cfg.amd a!65))))
      (a!70 (or (bvult (ite (= #b0 actp)
                            inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                            p.in_nevents)
                       #x00000002)
                (and a!67 a!68 (or cfg.amd a!69)))))
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
      (a!17 (ite (bvugt p.in_nevents #x0000012c)
                 #b11
                 (ite (and (= #x00000001 p.in_flags) a!16) #b10 #b01)))
      (a!22 (and (not (= ((_ extract 0 0)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0))
                 (not a!21)))
      (a!32 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!29)
                 a!31))
      (a!37 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!29)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!44 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!42)
                 a!43))
      (a!49 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!42)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1))))
      (a!56 (and (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (not a!55)))
      (a!59 (ite (and (= ((_ extract 31 1)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0000000000000000000000000000000)
                      a!23)
                 #b11
                 a!58))
      (a!71 (and (= #x00000001
                    (ite (= #b0 actp)
                         inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                         p.in_flags))
                 (not (and a!66 a!70)))))
(let ((a!18 (= p.ioctl_ret
               (ite (bvugt p.in_action #x00000001)
                    #b10
                    (ite (bvugt p.in_flags #x00000001) #b10 a!17))))
      (a!24 (and (not a!22)
                 (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!23))
      (a!60 (ite (and (= ((_ extract 31 9)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                         #b00000000000000000000000)
                      (bvule ((_ extract 8 0)
                               inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                             #b100101100)
                      (= ((_ extract 31 1)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0000000000000000000000000000000)
                      a!23)
                 #b10
                 (ite (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             #x0000012c)
                      a!59
                      a!58)))
      (a!72 (ite (bvugt (ite (= #b0 actp)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.in_nevents)
                        #x0000012c)
                 #b11
                 (ite a!71 #b10 #b01))))
(let ((a!25 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!24
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!24
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!26 (= #x00000001
               (ite (= #b0 actp)
                    (ite a!24
                         inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                         p.u_flags)
                    p.u_flags)))
      (a!33 (bvult ((_ zero_extend 24) #x00)
                   (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!34 (bvand (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!35 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!24
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!38 (bvand (ite (= #b0 actp)
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
      (a!39 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!24
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!24
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!45 (bvult ((_ zero_extend 24) #x01)
                   (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!46 (bvand (ite (= #b0 actp)
                        (ite a!24
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!47 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!24
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))))
      (a!50 (bvand (ite (= #b0 actp)
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
      (a!61 (ite a!24
                 #b01
                 (ite a!56
                      a!60
                      (ite (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                                  #x0000012c)
                           a!59
                           a!58))))
      (a!73 (ite (bvugt (ite (= #b0 actp)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                             p.in_flags)
                        #x00000001)
                 #b10
                 a!72)))
(let ((a!27 (ite a!26
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
      (a!36 (= (ite (= #b0 actp) (ite a!24 a!32 |p.f_inc[0]|) |p.f_inc[0]|)
               (and a!33
                    (or a!26 (= #x0000000000000000 a!34))
                    (or (not a!26) (not a!35)))))
      (a!40 (ite a!26
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
      (a!48 (= (ite (= #b0 actp) (ite a!24 a!44 |p.f_inc[1]|) |p.f_inc[1]|)
               (and a!45
                    (or a!26 (= #x0000000000000000 a!46))
                    (or (not a!26) (not a!47)))))
      (a!62 (not (= #b00 (ite (= #b0 actp) a!61 p.ioctl_ret))))
      (a!74 (ite (bvugt (ite (= #b0 actp)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.act
                             p.in_action)
                        #x00000001)
                 #b10
                 a!73)))
(let ((a!51 (and (= (ite (= #b0 actp)
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
                 (= (ite (= #b0 actp) a!25 |p.f_ev[0]|) a!27)
                 a!36
                 (= (ite (= #b0 actp) (ite a!24 a!37 |p.f_exc[0]|) |p.f_exc[0]|)
                    (and a!33 a!26 a!35))
                 (=> (and a!26 a!33) (= #x0000000000000000 a!38))
                 (= (ite (= #b0 actp) a!39 |p.f_ev[1]|) a!40)
                 a!48
                 (= (ite (= #b0 actp) (ite a!24 a!49 |p.f_exc[1]|) |p.f_exc[1]|)
                    (and a!45 a!26 a!47))
                 (=> (and a!26 a!45) (= #x0000000000000000 a!50))))
      (a!75 (=> a!62 (= (ite (= #b0 actp) a!61 p.ioctl_ret) a!74))))
(let ((a!52 (or (not (ite (= #b0 actp)
                          (ite a!24 true p.filter_set)
                          p.filter_set))
                a!51)))
  (and (or (not p.filter_set) a!13)
       (=> (not (= #b00 p.ioctl_ret)) a!18)
       (= #b0 actp)
       (or (bvule inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x00000002)
           (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x0000012c))
       (bvult actp #b1)
       (not (and a!52 a!75))))))))))))
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
      (a!14 (and (= #x0000 ((_ extract 31 16) |p.in_ev[0]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[0]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[0]|)))))
      (a!15 (and (= #x0000 ((_ extract 31 16) |p.in_ev[1]|))
                 (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[1]|))
                 (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[1]|))))))
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
      (a!16 (not (and (or (bvult p.in_nevents #x00000001) a!14)
                      (or (bvult p.in_nevents #x00000002) a!15)))))
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
      (a!17 (ite (bvugt p.in_nevents #x0000012c)
                 #b11
                 (ite (and (= #x00000001 p.in_flags) a!16) #b10 #b01))))
(let ((a!18 (= p.ioctl_ret
               (ite (bvugt p.in_action #x00000001)
                    #b10
                    (ite (bvugt p.in_flags #x00000001) #b10 a!17)))))
(let ((a!19 (not (=> (not (= #b00 p.ioctl_ret)) a!18))))
  (and (or (not p.filter_set) a!13) (=> (not (= #b00 p.ioctl_ret)) a!18) a!19)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.probe p.filter_set p.f_action p.f_fixed_bitmap p.f_flags |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| p.u_action p.u_flags p.u_nevents p.u_fixed |p.u_ev[0]| |p.u_ev[1]| p.ioctl_ret p.in_action p.in_flags p.in_nevents |p.in_ev[0]| |p.in_ev[1]|
; invariant: (let ((a!1 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!2 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!4 (= |p.f_exc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!5 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!7 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!8 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!10 (= |p.f_exc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!11 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!14 (and (= #x0000 ((_ extract 31 16) |p.in_ev[0]|)) (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[0]|)) (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[0]|))))) (a!15 (and (= #x0000 ((_ extract 31 16) |p.in_ev[1]|)) (= #b0000000000000000000 ((_ extract 54 36) |p.in_ev[1]|)) (or cfg.amd (= #x0 ((_ extract 35 32) |p.in_ev[1]|)))))) (let ((a!3 (= |p.f_inc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1)) a!2))) (a!6 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x00) p.u_nevents)) (= #x0000000000000000 a!5))) (a!9 (= |p.f_inc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7)) a!8))) (a!12 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x01) p.u_nevents)) (= #x0000000000000000 a!11))) (a!16 (not (and (or (bvult p.in_nevents #x00000001) a!14) (or (bvult p.in_nevents #x00000002) a!15))))) (let ((a!13 (and (= p.f_action p.u_action) (= p.f_flags p.u_flags) (= p.f_fixed_bitmap p.u_fixed) (bvule p.u_action #x00000001) (bvule p.u_flags #x00000001) (bvule p.u_nevents #x00000002) (= |p.f_ev[0]| (ite (= #x00000001 p.u_flags) |p.u_ev[0]| (bvor |p.u_ev[0]| #xff00000000000000))) a!3 a!4 a!6 (= |p.f_ev[1]| (ite (= #x00000001 p.u_flags) |p.u_ev[1]| (bvor |p.u_ev[1]| #xff00000000000000))) a!9 a!10 a!12)) (a!17 (ite (bvugt p.in_nevents #x0000012c) #b11 (ite (and (= #x00000001 p.in_flags) a!16) #b10 #b01)))) (let ((a!18 (= p.ioctl_ret (ite (bvugt p.in_action #x00000001) #b10 (ite (bvugt p.in_flags #x00000001) #b10 a!17))))) (and (or (not p.filter_set) a!13) (=> (not (= #b00 p.ioctl_ret)) a!18))))))
; trigger: reached at depth 1
