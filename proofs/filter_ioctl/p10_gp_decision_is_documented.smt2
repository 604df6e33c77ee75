; vpmu-formal-certificate-1
; spec: filter_ioctl
; property: p10_gp_decision_is_documented
; key: 1c71d941ce3fbb17456570d2f67a5a069816a919b64877e7a9822c7f9dfab295
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
(declare-fun p.f_fixed_bitmap () (_ BitVec 32))
(declare-fun p.f_flags () (_ BitVec 32))
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
      (a!17 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= (bvand ((_ extract 15 8) cfg.probe)
                           ((_ extract 63 56) |p.u_ev[0]|))
                    ((_ extract 15 8) |p.u_ev[0]|))))
      (a!19 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= (bvand ((_ extract 15 8) cfg.probe)
                           ((_ extract 63 56) |p.u_ev[1]|))
                    ((_ extract 15 8) |p.u_ev[1]|))))
      (a!23 (and (bvult #x00000000 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[0]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|))))
      (a!24 (and (bvult #x00000001 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[1]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|)))))
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
      (a!18 (and (bvult #x00000000 p.u_nevents)
                 a!17
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false)))
      (a!20 (and (bvult #x00000001 p.u_nevents)
                 a!19
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false)))
      (a!21 (and (bvult #x00000000 p.u_nevents)
                 a!17
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true)))
      (a!22 (and (bvult #x00000001 p.u_nevents)
                 a!19
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true))))
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
      (a!25 (ite (= #x00000001 p.u_flags)
                 (and (or a!18 a!20) (not (or a!21 a!22)))
                 (or a!23 a!24))))
(let ((a!26 (= (or (not p.filter_set)
                   (ite a!16
                        (= #x00000000 p.f_action)
                        (= #x00000001 p.f_action)))
               (or (not p.filter_set)
                   (ite (= #x00000000 p.u_action) a!25 (not a!25))))))
  (and (or (not p.filter_set) a!13) a!26))))))
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
      (a!17 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= (bvand ((_ extract 15 8) cfg.probe)
                           ((_ extract 63 56) |p.u_ev[0]|))
                    ((_ extract 15 8) |p.u_ev[0]|))))
      (a!19 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= (bvand ((_ extract 15 8) cfg.probe)
                           ((_ extract 63 56) |p.u_ev[1]|))
                    ((_ extract 15 8) |p.u_ev[1]|))))
      (a!23 (and (bvult #x00000000 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[0]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|))))
      (a!24 (and (bvult #x00000001 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[1]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|)))))
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
      (a!18 (and (bvult #x00000000 p.u_nevents)
                 a!17
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false)))
      (a!20 (and (bvult #x00000001 p.u_nevents)
                 a!19
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false)))
      (a!21 (and (bvult #x00000000 p.u_nevents)
                 a!17
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true)))
      (a!22 (and (bvult #x00000001 p.u_nevents)
                 a!19
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true))))
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
      (a!25 (ite (= #x00000001 p.u_flags)
                 (and (or a!18 a!20) (not (or a!21 a!22)))
                 (or a!23 a!24))))
(let ((a!26 (= (or (not p.filter_set)
                   (ite a!16
                        (= #x00000000 p.f_action)
                        (= #x00000001 p.f_action)))
               (or (not p.filter_set)
                   (ite (= #x00000000 p.u_action) a!25 (not a!25))))))
(let ((a!27 (not (and (or (not p.filter_set) a!13) a!26))))
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
       a!27)))))))
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
      (a!17 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= (bvand ((_ extract 15 8) cfg.probe)
                           ((_ extract 63 56) |p.u_ev[0]|))
                    ((_ extract 15 8) |p.u_ev[0]|))))
      (a!19 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= (bvand ((_ extract 15 8) cfg.probe)
                           ((_ extract 63 56) |p.u_ev[1]|))
                    ((_ extract 15 8) |p.u_ev[1]|))))
      (a!23 (and (bvult #x00000000 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[0]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|))))
      (a!24 (and (bvult #x00000001 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[1]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|))))
      (a!27 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!28 (bvnot (bvor (bvnot inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)
                         (concat (concat #b111111111 (ite cfg.amd
                              #b000000000000000000011110000000000000000
                              #b000000000000000000000000000000000000000)) #xffff))))
      (a!31 (not (and (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000000))
                      (not (= inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              #x00000001)))))
      (a!37 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!39 (not (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))))
      (a!50 (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
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
      (a!18 (and (bvult #x00000000 p.u_nevents)
                 a!17
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false)))
      (a!20 (and (bvult #x00000001 p.u_nevents)
                 a!19
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false)))
      (a!21 (and (bvult #x00000000 p.u_nevents)
                 a!17
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true)))
      (a!22 (and (bvult #x00000001 p.u_nevents)
                 a!19
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true)))
      (a!29 (and (or (= inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                        #x00000000)
                     (= a!27 #x0000000000000000))
                 (or (= ((_ extract 31 1)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b0000000000000000000000000000000)
                     (= a!28 #x0000000000000000))))
      (a!38 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!37)))
      (a!40 (or a!39
                (not (= #b1
                        ((_ extract 55 55)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.ev0)))))
      (a!51 (or (not (= #x00000000
                        (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                               #x00000001)))
                (= #x0000000000000000 a!50)))
      (a!52 (or a!39
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
      (a!25 (ite (= #x00000001 p.u_flags)
                 (and (or a!18 a!20) (not (or a!21 a!22)))
                 (or a!23 a!24)))
      (a!30 (and (not (= ((_ extract 0 0)
                           inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                         #b0))
                 (not a!29)))
      (a!41 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!38)
                 a!40))
      (a!46 (and (and (bvult ((_ zero_extend 24) #x00)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!38)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0))))
      (a!53 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!51)
                 a!52))
      (a!58 (and (and (bvult ((_ zero_extend 24) #x01)
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                      a!51)
                 (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (= #b1
                    ((_ extract 55 55)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1)))))
(let ((a!26 (= (or (not p.filter_set)
                   (ite a!16
                        (= #x00000000 p.f_action)
                        (= #x00000001 p.f_action)))
               (or (not p.filter_set)
                   (ite (= #x00000000 p.u_action) a!25 (not a!25)))))
      (a!32 (and (not a!30)
                 (= ((_ extract 31 9)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                    #b00000000000000000000000)
                 (bvule ((_ extract 8 0)
                          inp.kvm_vm_ioctl_set_pmu_event_filter.nevents)
                        #b100101100)
                 (= ((_ extract 31 1)
                      inp.kvm_vm_ioctl_set_pmu_event_filter.flags)
                    #b0000000000000000000000000000000)
                 a!31)))
(let ((a!33 (not (ite (= #b0 actp) (ite a!32 true p.filter_set) p.filter_set)))
      (a!34 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!32
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                      |p.f_ev[0]|)
                 (ite a!32
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                            #xff00000000000000)
                      |p.f_ev[0]|)))
      (a!35 (= #x00000001
               (ite (= #b0 actp)
                    (ite a!32
                         inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                         p.u_flags)
                    p.u_flags)))
      (a!42 (bvult ((_ zero_extend 24) #x00)
                   (ite (= #b0 actp)
                        (ite a!32
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!43 (bvand (ite (= #b0 actp)
                        (ite a!32
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!44 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!47 (bvand (ite (= #b0 actp)
                        (ite a!32
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                             |p.u_ev[0]|)
                        |p.u_ev[0]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!48 (ite (not (= #x00000000
                         (bvand inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                #x00000001)))
                 (ite a!32
                      inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                      |p.f_ev[1]|)
                 (ite a!32
                      (bvor inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                            #xff00000000000000)
                      |p.f_ev[1]|)))
      (a!54 (bvult ((_ zero_extend 24) #x01)
                   (ite (= #b0 actp)
                        (ite a!32
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!55 (bvand (ite (= #b0 actp)
                        (ite a!32
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #x000000000000ff00))))
      (a!56 (= #b1
               ((_ extract 55 55)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))))
      (a!59 (bvand (ite (= #b0 actp)
                        (ite a!32
                             inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                             |p.u_ev[1]|)
                        |p.u_ev[1]|)
                   (bvnot (bvor (ite cfg.amd
                                     #x0000000f000000ff
                                     #x00000000000000ff)
                                #xff00000000000000
                                #x000000000000ff00
                                #x0080000000000000))))
      (a!70 (bvult #x00000000
                   (ite (= #b0 actp)
                        (ite a!32
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!71 (= ((_ extract 7 0)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))
               ((_ extract 7 0) cfg.probe)))
      (a!72 (= ((_ extract 35 32)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))
               (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)))
      (a!73 (bvand ((_ extract 15 8) cfg.probe)
                   ((_ extract 63 56)
                     (ite (= #b0 actp)
                          (ite a!32
                               inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                               |p.u_ev[0]|)
                          |p.u_ev[0]|))))
      (a!74 ((_ extract 15 8)
              (ite (= #b0 actp)
                   (ite a!32
                        inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                        |p.u_ev[0]|)
                   |p.u_ev[0]|)))
      (a!75 (bvult #x00000001
                   (ite (= #b0 actp)
                        (ite a!32
                             inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                             p.u_nevents)
                        p.u_nevents)))
      (a!76 (= ((_ extract 7 0)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))
               ((_ extract 7 0) cfg.probe)))
      (a!77 (= ((_ extract 35 32)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))
               (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)))
      (a!78 (bvand ((_ extract 15 8) cfg.probe)
                   ((_ extract 63 56)
                     (ite (= #b0 actp)
                          (ite a!32
                               inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                               |p.u_ev[1]|)
                          |p.u_ev[1]|))))
      (a!79 ((_ extract 15 8)
              (ite (= #b0 actp)
                   (ite a!32
                        inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                        |p.u_ev[1]|)
                   |p.u_ev[1]|)))
      (a!82 (= #x0000
               ((_ extract 31 16)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!83 (= #x0000000
               ((_ extract 63 36)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|))))
      (a!84 (= #x0000
               ((_ extract 31 16)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|))))
      (a!85 (= #x0000000
               ((_ extract 63 36)
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|)))))
(let ((a!36 (ite a!35
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                           |p.u_ev[0]|)
                      |p.u_ev[0]|)
                 (bvor (ite (= #b0 actp)
                            (ite a!32
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.ev0
                                 |p.u_ev[0]|)
                            |p.u_ev[0]|)
                       #xff00000000000000)))
      (a!45 (= (ite (= #b0 actp) (ite a!32 a!41 |p.f_inc[0]|) |p.f_inc[0]|)
               (and a!42
                    (or a!35 (= #x0000000000000000 a!43))
                    (or (not a!35) (not a!44)))))
      (a!49 (ite a!35
                 (ite (= #b0 actp)
                      (ite a!32
                           inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                           |p.u_ev[1]|)
                      |p.u_ev[1]|)
                 (bvor (ite (= #b0 actp)
                            (ite a!32
                                 inp.kvm_vm_ioctl_set_pmu_event_filter.ev1
                                 |p.u_ev[1]|)
                            |p.u_ev[1]|)
                       #xff00000000000000)))
      (a!57 (= (ite (= #b0 actp) (ite a!32 a!53 |p.f_inc[1]|) |p.f_inc[1]|)
               (and a!54
                    (or a!35 (= #x0000000000000000 a!55))
                    (or (not a!35) (not a!56)))))
      (a!61 (= (bvand (ite (= #b0 actp) a!34 |p.f_ev[0]|) #x0000000f000000ff)
               (bvand cfg.probe
                      (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                      #x0000000f000000ff)))
      (a!62 (bvand (bvand cfg.probe #x000000000000ff00)
                   (bvlshr (ite (= #b0 actp) a!34 |p.f_ev[0]|)
                           #x0000000000000030)))
      (a!64 (= (bvand (ite (= #b0 actp) a!48 |p.f_ev[1]|) #x0000000f000000ff)
               (bvand cfg.probe
                      (ite cfg.amd #x0000000f000000ff #x00000000000000ff)
                      #x0000000f000000ff)))
      (a!65 (bvand (bvand cfg.probe #x000000000000ff00)
                   (bvlshr (ite (= #b0 actp) a!48 |p.f_ev[1]|)
                           #x0000000000000030)))
      (a!80 (or (and a!70 (and a!71 a!72 (= a!73 a!74)) (= a!44 false))
                (and a!75 (and a!76 a!77 (= a!78 a!79)) (= a!56 false))))
      (a!81 (or (and a!70 (and a!71 a!72 (= a!73 a!74)) (= a!44 true))
                (and a!75 (and a!76 a!77 (= a!78 a!79)) (= a!56 true))))
      (a!86 (or (and a!70
                     a!71
                     (= a!74 ((_ extract 15 8) cfg.probe))
                     a!72
                     a!82
                     a!83)
                (and a!75
                     a!76
                     (= a!79 ((_ extract 15 8) cfg.probe))
                     a!77
                     a!84
                     a!85))))
(let ((a!60 (and (= (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action)
                    (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.u_action)
                         p.u_action))
                 (= (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.f_flags)
                         p.f_flags)
                    (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                              p.u_flags)
                         p.u_flags))
                 (= (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                              p.f_fixed_bitmap)
                         p.f_fixed_bitmap)
                    (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.fixed_counter_bitmap
                              p.u_fixed)
                         p.u_fixed))
                 (bvule (ite (= #b0 actp)
                             (ite a!32
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.act
                                  p.u_action)
                             p.u_action)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!32
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.flags
                                  p.u_flags)
                             p.u_flags)
                        #x00000001)
                 (bvule (ite (= #b0 actp)
                             (ite a!32
                                  inp.kvm_vm_ioctl_set_pmu_event_filter.nevents
                                  p.u_nevents)
                             p.u_nevents)
                        #x00000002)
                 (= (ite (= #b0 actp) a!34 |p.f_ev[0]|) a!36)
                 a!45
                 (= (ite (= #b0 actp) (ite a!32 a!46 |p.f_exc[0]|) |p.f_exc[0]|)
                    (and a!42 a!35 a!44))
                 (=> (and a!35 a!42) (= #x0000000000000000 a!47))
                 (= (ite (= #b0 actp) a!48 |p.f_ev[1]|) a!49)
                 a!57
                 (= (ite (= #b0 actp) (ite a!32 a!58 |p.f_exc[1]|) |p.f_exc[1]|)
                    (and a!54 a!35 a!56))
                 (=> (and a!35 a!54) (= #x0000000000000000 a!59))))
      (a!63 (= a!62
               (bvand (ite (= #b0 actp) a!34 |p.f_ev[0]|) #x000000000000ff00)))
      (a!66 (= a!65
               (bvand (ite (= #b0 actp) a!48 |p.f_ev[1]|) #x000000000000ff00)))
      (a!87 (not (ite a!35 (and a!80 (not a!81)) a!86))))
(let ((a!67 (or (and (ite (= #b0 actp)
                          (ite a!32 a!41 |p.f_inc[0]|)
                          |p.f_inc[0]|)
                     (and a!61 a!63))
                (and (ite (= #b0 actp)
                          (ite a!32 a!53 |p.f_inc[1]|)
                          |p.f_inc[1]|)
                     (and a!64 a!66))))
      (a!68 (or (and (ite (= #b0 actp)
                          (ite a!32 a!46 |p.f_exc[0]|)
                          |p.f_exc[0]|)
                     (and a!61 a!63))
                (and (ite (= #b0 actp)
                          (ite a!32 a!58 |p.f_exc[1]|)
                          |p.f_exc[1]|)
                     (and a!64 a!66))))
      (a!88 (ite (= #x00000000
                    (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.u_action)
                         p.u_action))
                 (ite a!35 (and a!80 (not a!81)) a!86)
                 a!87)))
(let ((a!69 (ite (and a!67 (not a!68))
                 (= #x00000000
                    (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action))
                 (= #x00000001
                    (ite (= #b0 actp)
                         (ite a!32
                              inp.kvm_vm_ioctl_set_pmu_event_filter.act
                              p.f_action)
                         p.f_action)))))
(let ((a!89 (not (and (or a!33 a!60) (= (or a!33 a!69) (or a!33 a!88))))))
  (and (or (not p.filter_set) a!13)
       a!26
       (= #b0 actp)
       (or (bvule inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x00000002)
           (bvugt inp.kvm_vm_ioctl_set_pmu_event_filter.nevents #x0000012c))
       (bvult actp #b1)
       a!89))))))))))))
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
      (a!17 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= (bvand ((_ extract 15 8) cfg.probe)
                           ((_ extract 63 56) |p.u_ev[0]|))
                    ((_ extract 15 8) |p.u_ev[0]|))))
      (a!19 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= (bvand ((_ extract 15 8) cfg.probe)
                           ((_ extract 63 56) |p.u_ev[1]|))
                    ((_ extract 15 8) |p.u_ev[1]|))))
      (a!23 (and (bvult #x00000000 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[0]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[0]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|))))
      (a!24 (and (bvult #x00000001 p.u_nevents)
                 (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe))
                 (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe))
                 (= ((_ extract 35 32) |p.u_ev[1]|)
                    (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0))
                 (= #x0000 ((_ extract 31 16) |p.u_ev[1]|))
                 (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|)))))
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
      (a!18 (and (bvult #x00000000 p.u_nevents)
                 a!17
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false)))
      (a!20 (and (bvult #x00000001 p.u_nevents)
                 a!19
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false)))
      (a!21 (and (bvult #x00000000 p.u_nevents)
                 a!17
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true)))
      (a!22 (and (bvult #x00000001 p.u_nevents)
                 a!19
                 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true))))
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
      (a!25 (ite (= #x00000001 p.u_flags)
                 (and (or a!18 a!20) (not (or a!21 a!22)))
                 (or a!23 a!24))))
(let ((a!26 (= (or (not p.filter_set)
                   (ite a!16
                        (= #x00000000 p.f_action)
                        (= #x00000001 p.f_action)))
               (or (not p.filter_set)
                   (ite (= #x00000000 p.u_action) a!25 (not a!25))))))
  (and (or (not p.filter_set) a!13) a!26 (not a!26)))))))
(check-sat)
(pop 1)
; invariant-over: cfg.amd cfg.probe p.filter_set p.f_action p.f_fixed_bitmap p.f_flags |p.f_ev[0]| |p.f_ev[1]| |p.f_inc[0]| |p.f_inc[1]| |p.f_exc[0]| |p.f_exc[1]| p.u_action p.u_flags p.u_nevents p.u_fixed |p.u_ev[0]| |p.u_ev[1]|
; invariant: (let ((a!1 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!2 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!4 (= |p.f_exc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[0]|))))) (a!5 (bvand |p.u_ev[0]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!7 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x000000000000ff00)))) (a!8 (or (not (= #x00000001 p.u_flags)) (not (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!10 (= |p.f_exc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (= #x00000001 p.u_flags) (= #b1 ((_ extract 55 55) |p.u_ev[1]|))))) (a!11 (bvand |p.u_ev[1]| (bvnot (bvor (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #xff00000000000000 #x000000000000ff00 #x0080000000000000)))) (a!14 (and (= (bvand |p.f_ev[0]| #x0000000f000000ff) (bvand cfg.probe (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand cfg.probe #x000000000000ff00) (bvlshr |p.f_ev[0]| #x0000000000000030)) (bvand |p.f_ev[0]| #x000000000000ff00)))) (a!15 (and (= (bvand |p.f_ev[1]| #x0000000f000000ff) (bvand cfg.probe (ite cfg.amd #x0000000f000000ff #x00000000000000ff) #x0000000f000000ff)) (= (bvand (bvand cfg.probe #x000000000000ff00) (bvlshr |p.f_ev[1]| #x0000000000000030)) (bvand |p.f_ev[1]| #x000000000000ff00)))) (a!17 (and (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe)) (= ((_ extract 35 32) |p.u_ev[0]|) (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)) (= (bvand ((_ extract 15 8) cfg.probe) ((_ extract 63 56) |p.u_ev[0]|)) ((_ extract 15 8) |p.u_ev[0]|)))) (a!19 (and (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe)) (= ((_ extract 35 32) |p.u_ev[1]|) (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)) (= (bvand ((_ extract 15 8) cfg.probe) ((_ extract 63 56) |p.u_ev[1]|)) ((_ extract 15 8) |p.u_ev[1]|)))) (a!23 (and (bvult #x00000000 p.u_nevents) (= ((_ extract 7 0) |p.u_ev[0]|) ((_ extract 7 0) cfg.probe)) (= ((_ extract 15 8) |p.u_ev[0]|) ((_ extract 15 8) cfg.probe)) (= ((_ extract 35 32) |p.u_ev[0]|) (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)) (= #x0000 ((_ extract 31 16) |p.u_ev[0]|)) (= #x0000000 ((_ extract 63 36) |p.u_ev[0]|)))) (a!24 (and (bvult #x00000001 p.u_nevents) (= ((_ extract 7 0) |p.u_ev[1]|) ((_ extract 7 0) cfg.probe)) (= ((_ extract 15 8) |p.u_ev[1]|) ((_ extract 15 8) cfg.probe)) (= ((_ extract 35 32) |p.u_ev[1]|) (ite cfg.amd ((_ extract 35 32) cfg.probe) #x0)) (= #x0000 ((_ extract 31 16) |p.u_ev[1]|)) (= #x0000000 ((_ extract 63 36) |p.u_ev[1]|))))) (let ((a!3 (= |p.f_inc[0]| (and (bvult ((_ zero_extend 24) #x00) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!1)) a!2))) (a!6 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x00) p.u_nevents)) (= #x0000000000000000 a!5))) (a!9 (= |p.f_inc[1]| (and (bvult ((_ zero_extend 24) #x01) p.u_nevents) (or (= #x00000001 p.u_flags) (= #x0000000000000000 a!7)) a!8))) (a!12 (=> (and (= #x00000001 p.u_flags) (bvult ((_ zero_extend 24) #x01) p.u_nevents)) (= #x0000000000000000 a!11))) (a!16 (and (or (and |p.f_inc[0]| a!14) (and |p.f_inc[1]| a!15)) (not (or (and |p.f_exc[0]| a!14) (and |p.f_exc[1]| a!15))))) (a!18 (and (bvult #x00000000 p.u_nevents) a!17 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) false))) (a!20 (and (bvult #x00000001 p.u_nevents) a!19 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) false))) (a!21 (and (bvult #x00000000 p.u_nevents) a!17 (= (= #b1 ((_ extract 55 55) |p.u_ev[0]|)) true))) (a!22 (and (bvult #x00000001 p.u_nevents) a!19 (= (= #b1 ((_ extract 55 55) |p.u_ev[1]|)) true)))) (let ((a!13 (and (= p.f_action p.u_action) (= p.f_flags p.u_flags) (= p.f_fixed_bitmap p.u_fixed) (bvule p.u_action #x00000001) (bvule p.u_flags #x00000001) (bvule p.u_nevents #x00000002) (= |p.f_ev[0]| (ite (= #x00000001 p.u_flags) |p.u_ev[0]| (bvor |p.u_ev[0]| #xff00000000000000))) a!3 a!4 a!6 (= |p.f_ev[1]| (ite (= #x00000001 p.u_flags) |p.u_ev[1]| (bvor |p.u_ev[1]| #xff00000000000000))) a!9 a!10 a!12)) (a!25 (ite (= #x00000001 p.u_flags) (and (or a!18 a!20) (not (or a!21 a!22))) (or a!23 a!24)))) (let ((a!26 (= (or (not p.filter_set) (ite a!16 (= #x00000000 p.f_action) (= #x00000001 p.f_action))) (or (not p.filter_set) (ite (= #x00000000 p.u_action) a!25 (not a!25)))))) (and (or (not p.filter_set) a!13) a!26)))))
