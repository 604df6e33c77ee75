; vpmu-formal-certificate-1
; spec: lbr_seed_v12
; property: no_host_lbr_to_userspace
; key: 1f27a0a5885d34a4641822b79c2bff1805603227fda23ed81cfe46c2a26bc7fe
; tool: vpmu-formal 0.1.0; z3 5.4.0
; Each (check-sat) below must answer unsat.
(set-logic ALL)
(declare-fun p.__observed_no_host_lbr_to_userspace () Bool)
(declare-fun |p.saved_lbr[5]@host| () Bool)
(declare-fun |p.saved_lbr[4]@host| () Bool)
(declare-fun |p.saved_lbr[3]@host| () Bool)
(declare-fun |p.saved_lbr[2]@host| () Bool)
(declare-fun |p.saved_lbr[1]@host| () Bool)
(declare-fun |p.saved_lbr[0]@host| () Bool)
(declare-fun p.pending_data@host () Bool)
(declare-fun p.pending_msr@host () Bool)
(declare-fun p.hw_write_while_inactive () Bool)
(declare-fun p.hw_read_while_inactive () Bool)
(declare-fun cfg.lbr_enabled () Bool)
(declare-fun p.lbr_passthrough () Bool)
(declare-fun p.pending () (_ BitVec 2))
(declare-fun p.irqs_off () Bool)
(declare-fun p.ctx () (_ BitVec 1))
(declare-fun p.ev () (_ BitVec 2))
(declare-fun p.running () Bool)
(declare-fun p.last_check_active () Bool)
(declare-fun |p.hw_lbr[5]@host| () Bool)
(declare-fun |p.hw_lbr[4]@host| () Bool)
(declare-fun |p.hw_lbr[3]@host| () Bool)
(declare-fun |p.hw_lbr[2]@host| () Bool)
(declare-fun |p.hw_lbr[1]@host| () Bool)
(declare-fun |p.hw_lbr[0]@host| () Bool)
(declare-fun p.saved_valid () Bool)
(declare-fun p.pending_msr () (_ BitVec 32))
(declare-fun inp.host_set_lbr_msr.msr () (_ BitVec 32))
(declare-fun inp.host_set_lbr_msr.created () (_ BitVec 2))
(declare-fun actp () (_ BitVec 4))
(declare-fun inp.host_get_lbr_msr.msr () (_ BitVec 32))
(declare-fun inp.host_get_lbr_msr.created () (_ BitVec 2))
(declare-fun inp.handle_lbr_wrmsr_exit.created () (_ BitVec 2))
(declare-fun inp.handle_lbr_rdmsr_exit.created () (_ BitVec 2))
(declare-fun inp.guest_rdmsr_lbr.msr () (_ BitVec 32))
(declare-fun inp.host_lbr_reclaim.save () Bool)
(declare-fun inp.guest_wrmsr_lbr.msr () (_ BitVec 32))
(declare-fun inp.host_set_debugctl.created () (_ BitVec 2))
(declare-fun inp.handle_debugctl_exit.created () (_ BitVec 2))
(declare-fun inp.vcpu_sched_in.fits () Bool)
(define-fun invariant ((cfg.lbr_enabled Bool) (p.ctx (_ BitVec 1)) (p.irqs_off Bool) (p.running Bool) (p.pending (_ BitVec 2)) (p.pending_msr (_ BitVec 32)) (p.pending_msr@host Bool) (p.pending_data@host Bool) (p.ev (_ BitVec 2)) (p.lbr_passthrough Bool) (|p.hw_lbr[0]@host| Bool) (|p.hw_lbr[1]@host| Bool) (|p.hw_lbr[2]@host| Bool) (|p.hw_lbr[3]@host| Bool) (|p.hw_lbr[4]@host| Bool) (|p.hw_lbr[5]@host| Bool) (|p.saved_lbr[0]@host| Bool) (|p.saved_lbr[1]@host| Bool) (|p.saved_lbr[2]@host| Bool) (|p.saved_lbr[3]@host| Bool) (|p.saved_lbr[4]@host| Bool) (|p.saved_lbr[5]@host| Bool) (p.saved_valid Bool) (p.last_check_active Bool) (p.hw_read_while_inactive Bool) (p.hw_write_while_inactive Bool) (p.__observed_no_host_lbr_to_userspace Bool)) Bool
  (let ((a!1 (=> (not p.running)
               (and (not (= #b10 p.ev)) (= #b0 p.ctx) (not p.irqs_off))))
      (a!2 (=> (or (not (= #b0 p.ctx)) p.irqs_off) (= #b00 p.pending))))
  (and (=> (= #b10 p.ev)
           (and (not |p.hw_lbr[0]@host|)
                (not |p.hw_lbr[1]@host|)
                (not |p.hw_lbr[2]@host|)
                (not |p.hw_lbr[3]@host|)
                (not |p.hw_lbr[4]@host|)
                (not |p.hw_lbr[5]@host|)))
       (not |p.saved_lbr[0]@host|)
       (not |p.saved_lbr[1]@host|)
       (not |p.saved_lbr[2]@host|)
       (not |p.saved_lbr[3]@host|)
       (not |p.saved_lbr[4]@host|)
       (not |p.saved_lbr[5]@host|)
       (=> (and (= #b1 p.ctx) p.lbr_passthrough)
           (and (= #b10 p.ev) p.last_check_active))
       (=> (= #b1 p.ctx) (and p.running p.irqs_off))
       a!1
       a!2
       (=> p.lbr_passthrough cfg.lbr_enabled)
       (not p.hw_read_while_inactive)
       (not p.hw_write_while_inactive)
       (not p.pending_msr@host)
       (not p.pending_data@host)
       (not |p.saved_lbr[0]@host|)
       (not |p.saved_lbr[1]@host|)
       (not |p.saved_lbr[2]@host|)
       (not |p.saved_lbr[3]@host|)
       (not |p.saved_lbr[4]@host|)
       (not |p.saved_lbr[5]@host|)
       (not p.__observed_no_host_lbr_to_userspace))))
; obligation: initiation
(push 1)
(assert (let ((a!1 (=> (not p.running)
               (and (not (= #b10 p.ev)) (= #b0 p.ctx) (not p.irqs_off))))
      (a!2 (=> (or (not (= #b0 p.ctx)) p.irqs_off) (= #b00 p.pending))))
(let ((a!3 (and (=> (= #b10 p.ev)
                    (and (not |p.hw_lbr[0]@host|)
                         (not |p.hw_lbr[1]@host|)
                         (not |p.hw_lbr[2]@host|)
                         (not |p.hw_lbr[3]@host|)
                         (not |p.hw_lbr[4]@host|)
                         (not |p.hw_lbr[5]@host|)))
                (not |p.saved_lbr[0]@host|)
                (not |p.saved_lbr[1]@host|)
                (not |p.saved_lbr[2]@host|)
                (not |p.saved_lbr[3]@host|)
                (not |p.saved_lbr[4]@host|)
                (not |p.saved_lbr[5]@host|)
                (=> (and (= #b1 p.ctx) p.lbr_passthrough)
                    (and (= #b10 p.ev) p.last_check_active))
                (=> (= #b1 p.ctx) (and p.running p.irqs_off))
                a!1
                a!2
                (=> p.lbr_passthrough cfg.lbr_enabled)
                (not p.hw_read_while_inactive)
                (not p.hw_write_while_inactive)
                (not p.pending_msr@host)
                (not p.pending_data@host)
                (not |p.saved_lbr[0]@host|)
                (not |p.saved_lbr[1]@host|)
                (not |p.saved_lbr[2]@host|)
                (not |p.saved_lbr[3]@host|)
                (not |p.saved_lbr[4]@host|)
                (not |p.saved_lbr[5]@host|)
                (not p.__observed_no_host_lbr_to_userspace))))
  (and (= #b0 p.ctx)
       (= p.irqs_off false)
       (= p.running true)
       (= #b00 p.pending)
       (= #x00000000 p.pending_msr)
       (= p.pending_msr@host false)
       (= p.pending_data@host false)
       (= #b00 p.ev)
       (= p.lbr_passthrough false)
       (= |p.hw_lbr[0]@host| true)
       (= |p.hw_lbr[1]@host| true)
       (= |p.hw_lbr[2]@host| true)
       (= |p.hw_lbr[3]@host| true)
       (= |p.hw_lbr[4]@host| true)
       (= |p.hw_lbr[5]@host| true)
       (= |p.saved_lbr[0]@host| false)
       (= |p.saved_lbr[1]@host| false)
       (= |p.saved_lbr[2]@host| false)
       (= |p.saved_lbr[3]@host| false)
       (= |p.saved_lbr[4]@host| false)
       (= |p.saved_lbr[5]@host| false)
       (= p.saved_valid false)
       (= p.last_check_active false)
       (= p.hw_read_while_inactive false)
       (= p.hw_write_while_inactive false)
       (not p.__observed_no_host_lbr_to_userspace)
       (not a!3)))))
(check-sat)
(pop 1)
; obligation: consecution
(push 1)
(assert (let ((a!1 (=> (not p.running)
               (and (not (= #b10 p.ev)) (= #b0 p.ctx) (not p.irqs_off))))
      (a!2 (=> (or (not (= #b0 p.ctx)) p.irqs_off) (= #b00 p.pending)))
      (a!3 (and (and p.running (= #b0 p.ctx) (not p.irqs_off))
                (= #b00 p.pending)))
      (a!4 (and (= #x5 actp)
                (= #b10 p.ev)
                (or (= #b1 p.ctx)
                    (and p.running (= #b0 p.ctx) (not p.irqs_off)))))
      (a!6 (ite cfg.lbr_enabled
                (ite (and (not false) (= #b00 p.ev))
                     (ite (= #b00 p.ev) inp.handle_debugctl_exit.created p.ev)
                     p.ev)
                p.ev))
      (a!7 (ite cfg.lbr_enabled
                (ite (and (not true) (= #b00 p.ev))
                     (ite (= #b00 p.ev) inp.host_set_debugctl.created p.ev)
                     p.ev)
                p.ev))
      (a!11 (ite (= #x00000681 inp.guest_wrmsr_lbr.msr)
                 (not p.lbr_passthrough)
                 (ite (= #x000006c0 inp.guest_wrmsr_lbr.msr)
                      (not p.lbr_passthrough)
                      (ite (= #x000006c1 inp.guest_wrmsr_lbr.msr)
                           (not p.lbr_passthrough)
                           true))))
      (a!13 (ite (= inp.guest_wrmsr_lbr.msr #x00000680)
                 #x02
                 (ite (= inp.guest_wrmsr_lbr.msr #x00000681)
                      #x03
                      (ite (= inp.guest_wrmsr_lbr.msr #x000006c0) #x04 #x05))))
      (a!15 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_rdmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[0]@host|)
                           |p.hw_lbr[0]@host|)
                      |p.hw_lbr[0]@host|)
                 |p.hw_lbr[0]@host|))
      (a!16 (ite (= p.pending_msr #x00000680)
                 #x02
                 (ite (= p.pending_msr #x00000681)
                      #x03
                      (ite (= p.pending_msr #x000006c0) #x04 #x05))))
      (a!20 (ite (and (not false) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_debugctl_exit.created)
                           false
                           |p.hw_lbr[0]@host|)
                      |p.hw_lbr[0]@host|)
                 |p.hw_lbr[0]@host|))
      (a!21 (ite (and (not true) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.host_set_debugctl.created)
                           false
                           |p.hw_lbr[0]@host|)
                      |p.hw_lbr[0]@host|)
                 |p.hw_lbr[0]@host|))
      (a!25 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_rdmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[1]@host|)
                           |p.hw_lbr[1]@host|)
                      |p.hw_lbr[1]@host|)
                 |p.hw_lbr[1]@host|))
      (a!28 (ite (and (not false) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_debugctl_exit.created)
                           false
                           |p.hw_lbr[1]@host|)
                      |p.hw_lbr[1]@host|)
                 |p.hw_lbr[1]@host|))
      (a!29 (ite (and (not true) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.host_set_debugctl.created)
                           false
                           |p.hw_lbr[1]@host|)
                      |p.hw_lbr[1]@host|)
                 |p.hw_lbr[1]@host|))
      (a!33 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_rdmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[2]@host|)
                           |p.hw_lbr[2]@host|)
                      |p.hw_lbr[2]@host|)
                 |p.hw_lbr[2]@host|))
      (a!36 (ite (and (not false) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_debugctl_exit.created)
                           false
                           |p.hw_lbr[2]@host|)
                      |p.hw_lbr[2]@host|)
                 |p.hw_lbr[2]@host|))
      (a!37 (ite (and (not true) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.host_set_debugctl.created)
                           false
                           |p.hw_lbr[2]@host|)
                      |p.hw_lbr[2]@host|)
                 |p.hw_lbr[2]@host|))
      (a!41 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_rdmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[3]@host|)
                           |p.hw_lbr[3]@host|)
                      |p.hw_lbr[3]@host|)
                 |p.hw_lbr[3]@host|))
      (a!44 (ite (and (not false) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_debugctl_exit.created)
                           false
                           |p.hw_lbr[3]@host|)
                      |p.hw_lbr[3]@host|)
                 |p.hw_lbr[3]@host|))
      (a!45 (ite (and (not true) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.host_set_debugctl.created)
                           false
                           |p.hw_lbr[3]@host|)
                      |p.hw_lbr[3]@host|)
                 |p.hw_lbr[3]@host|))
      (a!49 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_rdmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[4]@host|)
                           |p.hw_lbr[4]@host|)
                      |p.hw_lbr[4]@host|)
                 |p.hw_lbr[4]@host|))
      (a!52 (ite (and (not false) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_debugctl_exit.created)
                           false
                           |p.hw_lbr[4]@host|)
                      |p.hw_lbr[4]@host|)
                 |p.hw_lbr[4]@host|))
      (a!53 (ite (and (not true) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.host_set_debugctl.created)
                           false
                           |p.hw_lbr[4]@host|)
                      |p.hw_lbr[4]@host|)
                 |p.hw_lbr[4]@host|))
      (a!57 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_rdmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[5]@host|)
                           |p.hw_lbr[5]@host|)
                      |p.hw_lbr[5]@host|)
                 |p.hw_lbr[5]@host|))
      (a!60 (ite (and (not false) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_debugctl_exit.created)
                           false
                           |p.hw_lbr[5]@host|)
                      |p.hw_lbr[5]@host|)
                 |p.hw_lbr[5]@host|))
      (a!61 (ite (and (not true) (= #b00 p.ev))
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.host_set_debugctl.created)
                           false
                           |p.hw_lbr[5]@host|)
                      |p.hw_lbr[5]@host|)
                 |p.hw_lbr[5]@host|))
      (a!65 (not (ite (= #x3 actp)
                      (ite (= #b10 p.ev)
                           |p.hw_lbr[0]@host|
                           |p.saved_lbr[0]@host|)
                      (ite (= #x5 actp)
                           (ite inp.host_lbr_reclaim.save
                                |p.hw_lbr[0]@host|
                                |p.saved_lbr[0]@host|)
                           |p.saved_lbr[0]@host|))))
      (a!66 (not (ite (= #x3 actp)
                      (ite (= #b10 p.ev)
                           |p.hw_lbr[1]@host|
                           |p.saved_lbr[1]@host|)
                      (ite (= #x5 actp)
                           (ite inp.host_lbr_reclaim.save
                                |p.hw_lbr[1]@host|
                                |p.saved_lbr[1]@host|)
                           |p.saved_lbr[1]@host|))))
      (a!67 (not (ite (= #x3 actp)
                      (ite (= #b10 p.ev)
                           |p.hw_lbr[2]@host|
                           |p.saved_lbr[2]@host|)
                      (ite (= #x5 actp)
                           (ite inp.host_lbr_reclaim.save
                                |p.hw_lbr[2]@host|
                                |p.saved_lbr[2]@host|)
                           |p.saved_lbr[2]@host|))))
      (a!68 (not (ite (= #x3 actp)
                      (ite (= #b10 p.ev)
                           |p.hw_lbr[3]@host|
                           |p.saved_lbr[3]@host|)
                      (ite (= #x5 actp)
                           (ite inp.host_lbr_reclaim.save
                                |p.hw_lbr[3]@host|
                                |p.saved_lbr[3]@host|)
                           |p.saved_lbr[3]@host|))))
      (a!69 (not (ite (= #x3 actp)
                      (ite (= #b10 p.ev)
                           |p.hw_lbr[4]@host|
                           |p.saved_lbr[4]@host|)
                      (ite (= #x5 actp)
                           (ite inp.host_lbr_reclaim.save
                                |p.hw_lbr[4]@host|
                                |p.saved_lbr[4]@host|)
                           |p.saved_lbr[4]@host|))))
      (a!70 (not (ite (= #x3 actp)
                      (ite (= #b10 p.ev)
                           |p.hw_lbr[5]@host|
                           |p.saved_lbr[5]@host|)
                      (ite (= #x5 actp)
                           (ite inp.host_lbr_reclaim.save
                                |p.hw_lbr[5]@host|
                                |p.saved_lbr[5]@host|)
                           |p.saved_lbr[5]@host|))))
      (a!71 (ite (= #x00000681 inp.guest_rdmsr_lbr.msr)
                 (not p.lbr_passthrough)
                 (ite (= #x000006c0 inp.guest_rdmsr_lbr.msr)
                      (not p.lbr_passthrough)
                      (ite (= #x000006c1 inp.guest_rdmsr_lbr.msr)
                           (not p.lbr_passthrough)
                           true))))
      (a!75 (ite (= #b00 p.ev) false (ite (not (= #b10 p.ev)) false true)))
      (a!77 (ite (= #x1 actp)
                 (ite cfg.lbr_enabled
                      (and (= #b10 p.ev) true)
                      p.last_check_active)
                 p.last_check_active))
      (a!78 (ite (= #x3 actp) false (ite (= #x4 actp) true p.running)))
      (a!84 (ite (= #xa actp)
                 #b00
                 (ite (= #xb actp) #b00 (ite (= #xc actp) #b00 p.pending))))
      (a!88 (ite (= #b10 p.ev)
                 (ite (not (= #b10 p.ev))
                      (ite cfg.lbr_enabled true p.hw_read_while_inactive)
                      p.hw_read_while_inactive)
                 p.hw_read_while_inactive))
      (a!91 (ite (= #b10 p.ev)
                 (ite (not (= #b10 p.ev))
                      (ite cfg.lbr_enabled true p.hw_write_while_inactive)
                      p.hw_write_while_inactive)
                 p.hw_write_while_inactive))
      (a!94 (ite (= #x00000680 inp.guest_rdmsr_lbr.msr)
                 #x02
                 (ite (= #x00000681 inp.guest_rdmsr_lbr.msr)
                      #x03
                      (ite (= #x000006c0 inp.guest_rdmsr_lbr.msr) #x04 #x05))))
      (a!98 (not (= #b00
                    (ite (= #b00 p.ev)
                         (ite cfg.lbr_enabled
                              inp.handle_lbr_rdmsr_exit.created
                              p.ev)
                         p.ev))))
      (a!99 (and (and (not false) (not (= #b00 p.ev))) (= #b10 p.ev)))
      (a!100 (ite (= #x00000680 p.pending_msr)
                  #x02
                  (ite (= #x00000681 p.pending_msr)
                       #x03
                       (ite (= #x000006c0 p.pending_msr) #x04 #x05))))
      (a!104 (and (and (not false) (not (= #b00 p.ev))) (not (= #b10 p.ev))))
      (a!106 (not (= #b00
                     (ite (= #b00 p.ev)
                          (ite cfg.lbr_enabled
                               inp.handle_lbr_wrmsr_exit.created
                               p.ev)
                          p.ev))))
      (a!108 (not (= #b00
                     (ite (= #b00 p.ev)
                          (ite cfg.lbr_enabled
                               inp.host_get_lbr_msr.created
                               p.ev)
                          p.ev))))
      (a!109 (and (and (not true) (not (= #b00 p.ev))) (= #b10 p.ev)))
      (a!110 (ite (= #x00000680 inp.host_get_lbr_msr.msr)
                  #x02
                  (ite (= #x00000681 inp.host_get_lbr_msr.msr)
                       #x03
                       (ite (= #x000006c0 inp.host_get_lbr_msr.msr) #x04 #x05))))
      (a!114 (and (and (not true) (not (= #b00 p.ev))) (not (= #b10 p.ev))))
      (a!116 (not (= #b00
                     (ite (= #b00 p.ev)
                          (ite cfg.lbr_enabled
                               inp.host_set_lbr_msr.created
                               p.ev)
                          p.ev))))
      (a!117 (ite (= #x00000680 inp.host_set_lbr_msr.msr)
                  #x02
                  (ite (= #x00000681 inp.host_set_lbr_msr.msr)
                       #x03
                       (ite (= #x000006c0 inp.host_set_lbr_msr.msr) #x04 #x05)))))
(let ((a!5 (or (and (= #x0 actp) a!3 false)
               (and (= #x1 actp) a!3)
               (and (= #x2 actp) (= #b1 p.ctx))
               (and (= #x3 actp) (and p.running (= #b0 p.ctx) (not p.irqs_off)))
               (and (= #x4 actp) (not p.running))
               a!4
               (and (= #x6 actp) (not (= #b10 p.ev)) (not (= #b1 p.ctx)))
               (and (= #x7 actp)
                    (= #b1 p.ctx)
                    (or (= #x000001c8 inp.guest_rdmsr_lbr.msr)
                        (= #x000001c9 inp.guest_rdmsr_lbr.msr)
                        (= #x00000680 inp.guest_rdmsr_lbr.msr)
                        (= #x00000681 inp.guest_rdmsr_lbr.msr)
                        (= #x000006c0 inp.guest_rdmsr_lbr.msr)
                        (= #x000006c1 inp.guest_rdmsr_lbr.msr)))
               (and (= #x8 actp)
                    (= #b1 p.ctx)
                    (or (= #x000001c8 inp.guest_wrmsr_lbr.msr)
                        (= #x000001c9 inp.guest_wrmsr_lbr.msr)
                        (= #x00000680 inp.guest_wrmsr_lbr.msr)
                        (= #x00000681 inp.guest_wrmsr_lbr.msr)
                        (= #x000006c0 inp.guest_wrmsr_lbr.msr)
                        (= #x000006c1 inp.guest_wrmsr_lbr.msr)))
               (and (= #x9 actp) (= #b1 p.ctx))
               (and (= #xa actp)
                    (and p.running (= #b0 p.ctx) (not p.irqs_off))
                    (= #b01 p.pending))
               (and (= #xb actp)
                    (and p.running (= #b0 p.ctx) (not p.irqs_off))
                    (= #b10 p.pending))
               (and (= #xc actp)
                    (and p.running (= #b0 p.ctx) (not p.irqs_off))
                    (= #b11 p.pending))
               (and (= #xd actp)
                    a!3
                    (or (= #x000001c8 inp.host_get_lbr_msr.msr)
                        (= #x000001c9 inp.host_get_lbr_msr.msr)
                        (= #x00000680 inp.host_get_lbr_msr.msr)
                        (= #x00000681 inp.host_get_lbr_msr.msr)
                        (= #x000006c0 inp.host_get_lbr_msr.msr)
                        (= #x000006c1 inp.host_get_lbr_msr.msr)))
               (and (= #xe actp)
                    a!3
                    (or (= #x000001c8 inp.host_set_lbr_msr.msr)
                        (= #x000001c9 inp.host_set_lbr_msr.msr)
                        (= #x00000680 inp.host_set_lbr_msr.msr)
                        (= #x00000681 inp.host_set_lbr_msr.msr)
                        (= #x000006c0 inp.host_set_lbr_msr.msr)
                        (= #x000006c1 inp.host_set_lbr_msr.msr)))
               (and (= #xf actp) a!3)))
      (a!8 (ite (= #xb actp)
                (ite (= #b00 p.ev)
                     (ite (= #b00 p.ev)
                          (ite cfg.lbr_enabled
                               inp.handle_lbr_wrmsr_exit.created
                               p.ev)
                          p.ev)
                     p.ev)
                (ite (= #xc actp) a!6 (ite (= #xf actp) a!7 p.ev))))
      (a!12 (ite (= #x000001c8 inp.guest_wrmsr_lbr.msr)
                 (not p.lbr_passthrough)
                 (ite (= #x000001c9 inp.guest_wrmsr_lbr.msr)
                      (not p.lbr_passthrough)
                      (ite (= #x00000680 inp.guest_wrmsr_lbr.msr)
                           (not p.lbr_passthrough)
                           a!11))))
      (a!14 (ite (= inp.guest_wrmsr_lbr.msr #x000001c8)
                 #x00
                 (ite (= inp.guest_wrmsr_lbr.msr #x000001c9) #x01 a!13)))
      (a!17 (ite (= p.pending_msr #x000001c8)
                 #x00
                 (ite (= p.pending_msr #x000001c9) #x01 a!16)))
      (a!72 (ite (= #x000001c8 inp.guest_rdmsr_lbr.msr)
                 (not p.lbr_passthrough)
                 (ite (= #x000001c9 inp.guest_rdmsr_lbr.msr)
                      (not p.lbr_passthrough)
                      (ite (= #x00000680 inp.guest_rdmsr_lbr.msr)
                           (not p.lbr_passthrough)
                           a!71))))
      (a!95 (ite (= #x000001c8 inp.guest_rdmsr_lbr.msr)
                 #x00
                 (ite (= #x000001c9 inp.guest_rdmsr_lbr.msr) #x01 a!94)))
      (a!101 (ite (= #x000001c8 p.pending_msr)
                  #x00
                  (ite (= #x000001c9 p.pending_msr) #x01 a!100)))
      (a!111 (ite (= #x000001c8 inp.host_get_lbr_msr.msr)
                  #x00
                  (ite (= #x000001c9 inp.host_get_lbr_msr.msr) #x01 a!110)))
      (a!118 (ite (= #x000001c8 inp.host_set_lbr_msr.msr)
                  #x00
                  (ite (= #x000001c9 inp.host_set_lbr_msr.msr) #x01 a!117))))
(let ((a!9 (ite (= #xa actp)
                (ite (= #b00 p.ev)
                     (ite (= #b00 p.ev)
                          (ite cfg.lbr_enabled
                               inp.handle_lbr_rdmsr_exit.created
                               p.ev)
                          p.ev)
                     p.ev)
                a!8))
      (a!18 (ite (= #b10 p.ev)
                 (ite (and cfg.lbr_enabled (= a!17 #x00))
                      p.pending_data@host
                      |p.hw_lbr[0]@host|)
                 |p.hw_lbr[0]@host|))
      (a!26 (ite (= #b10 p.ev)
                 (ite (and cfg.lbr_enabled (= a!17 #x01))
                      p.pending_data@host
                      |p.hw_lbr[1]@host|)
                 |p.hw_lbr[1]@host|))
      (a!34 (ite (= #b10 p.ev)
                 (ite (and cfg.lbr_enabled (= a!17 #x02))
                      p.pending_data@host
                      |p.hw_lbr[2]@host|)
                 |p.hw_lbr[2]@host|))
      (a!42 (ite (= #b10 p.ev)
                 (ite (and cfg.lbr_enabled (= a!17 #x03))
                      p.pending_data@host
                      |p.hw_lbr[3]@host|)
                 |p.hw_lbr[3]@host|))
      (a!50 (ite (= #b10 p.ev)
                 (ite (and cfg.lbr_enabled (= a!17 #x04))
                      p.pending_data@host
                      |p.hw_lbr[4]@host|)
                 |p.hw_lbr[4]@host|))
      (a!58 (ite (= #b10 p.ev)
                 (ite (and cfg.lbr_enabled (= a!17 #x05))
                      p.pending_data@host
                      |p.hw_lbr[5]@host|)
                 |p.hw_lbr[5]@host|))
      (a!73 (ite (= #x7 actp)
                 (ite a!72 #b0 p.ctx)
                 (ite (= #x8 actp)
                      (ite a!12 #b0 p.ctx)
                      (ite (= #x9 actp) #b0 p.ctx))))
      (a!79 (ite (= #x7 actp)
                 (ite a!72 false p.irqs_off)
                 (ite (= #x8 actp)
                      (ite a!12 false p.irqs_off)
                      (ite (= #x9 actp) false p.irqs_off))))
      (a!85 (ite (= #x7 actp)
                 (ite a!72 #b01 p.pending)
                 (ite (= #x8 actp)
                      (ite a!12 #b10 p.pending)
                      (ite (= #x9 actp) #b11 a!84))))
      (a!87 (ite a!72
                 p.hw_read_while_inactive
                 (ite (not (= #b10 p.ev)) true p.hw_read_while_inactive)))
      (a!90 (ite a!12
                 p.hw_write_while_inactive
                 (ite (not (= #b10 p.ev)) true p.hw_write_while_inactive)))
      (a!93 (not (ite (= #x7 actp)
                      (ite a!72 false p.pending_msr@host)
                      (ite (= #x8 actp)
                           (ite a!12 false p.pending_msr@host)
                           p.pending_msr@host))))
      (a!96 (ite (= #x02 a!95)
                 |p.hw_lbr[2]@host|
                 (ite (= #x03 a!95)
                      |p.hw_lbr[3]@host|
                      (ite (= #x04 a!95) |p.hw_lbr[4]@host| |p.hw_lbr[5]@host|))))
      (a!102 (ite (= #x02 a!101)
                  |p.hw_lbr[2]@host|
                  (ite (= #x03 a!101)
                       |p.hw_lbr[3]@host|
                       (ite (= #x04 a!101)
                            |p.hw_lbr[4]@host|
                            |p.hw_lbr[5]@host|))))
      (a!112 (ite (= #x02 a!111)
                  |p.hw_lbr[2]@host|
                  (ite (= #x03 a!111)
                       |p.hw_lbr[3]@host|
                       (ite (= #x04 a!111)
                            |p.hw_lbr[4]@host|
                            |p.hw_lbr[5]@host|))))
      (a!119 (ite (= #x02 a!118)
                  |p.hw_lbr[2]@host|
                  (ite (= #x03 a!118)
                       |p.hw_lbr[3]@host|
                       (ite (= #x04 a!118)
                            |p.hw_lbr[4]@host|
                            |p.hw_lbr[5]@host|)))))
(let ((a!10 (ite (= #x3 actp)
                 (ite (= #b10 p.ev) #b01 p.ev)
                 (ite (= #x4 actp)
                      (ite (= #b01 p.ev)
                           (ite inp.vcpu_sched_in.fits #b10 #b11)
                           p.ev)
                      (ite (= #x5 actp) #b11 a!9))))
      (a!19 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_wrmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[0]@host|)
                           |p.hw_lbr[0]@host|)
                      |p.hw_lbr[0]@host|)
                 a!18))
      (a!27 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_wrmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[1]@host|)
                           |p.hw_lbr[1]@host|)
                      |p.hw_lbr[1]@host|)
                 a!26))
      (a!35 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_wrmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[2]@host|)
                           |p.hw_lbr[2]@host|)
                      |p.hw_lbr[2]@host|)
                 a!34))
      (a!43 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_wrmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[3]@host|)
                           |p.hw_lbr[3]@host|)
                      |p.hw_lbr[3]@host|)
                 a!42))
      (a!51 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_wrmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[4]@host|)
                           |p.hw_lbr[4]@host|)
                      |p.hw_lbr[4]@host|)
                 a!50))
      (a!59 (ite (= #b00 p.ev)
                 (ite (= #b00 p.ev)
                      (ite (= #b10 inp.handle_lbr_wrmsr_exit.created)
                           (ite cfg.lbr_enabled false |p.hw_lbr[5]@host|)
                           |p.hw_lbr[5]@host|)
                      |p.hw_lbr[5]@host|)
                 a!58))
      (a!74 (ite (= #x2 actp)
                 #b0
                 (ite (= #x5 actp) (ite (= #b1 p.ctx) #b0 p.ctx) a!73)))
      (a!80 (ite (= #x2 actp)
                 false
                 (ite (= #x5 actp) (ite (= #b1 p.ctx) false p.irqs_off) a!79)))
      (a!89 (ite (= #x7 actp)
                 a!87
                 (ite (= #xa actp)
                      (ite (= #b00 p.ev) p.hw_read_while_inactive a!88)
                      p.hw_read_while_inactive)))
      (a!92 (ite (= #x8 actp)
                 a!90
                 (ite (= #xb actp)
                      (ite (= #b00 p.ev) p.hw_write_while_inactive a!91)
                      p.hw_write_while_inactive)))
      (a!97 (and (not a!72)
                 false
                 true
                 (ite (= #x00 a!95)
                      |p.hw_lbr[0]@host|
                      (ite (= #x01 a!95) |p.hw_lbr[1]@host| a!96))))
      (a!103 (or (ite (= #x00 a!101)
                      |p.hw_lbr[0]@host|
                      (ite (= #x01 a!101) |p.hw_lbr[1]@host| a!102))
                 p.pending_msr@host
                 p.pending_msr@host
                 p.pending_msr@host
                 p.pending_msr@host
                 p.pending_msr@host))
      (a!113 (and a!109
                  true
                  false
                  (ite (not cfg.lbr_enabled) false true)
                  (ite (= #x00 a!111)
                       |p.hw_lbr[0]@host|
                       (ite (= #x01 a!111) |p.hw_lbr[1]@host| a!112))))
      (a!120 (and a!109
                  false
                  false
                  (ite (not cfg.lbr_enabled) false true)
                  (ite (= #x00 a!118)
                       |p.hw_lbr[0]@host|
                       (ite (= #x01 a!118) |p.hw_lbr[1]@host| a!119)))))
(let ((a!22 (ite (= #xb actp)
                 a!19
                 (ite (= #xc actp)
                      (ite cfg.lbr_enabled a!20 |p.hw_lbr[0]@host|)
                      (ite (= #xf actp)
                           (ite cfg.lbr_enabled a!21 |p.hw_lbr[0]@host|)
                           |p.hw_lbr[0]@host|))))
      (a!30 (ite (= #xb actp)
                 a!27
                 (ite (= #xc actp)
                      (ite cfg.lbr_enabled a!28 |p.hw_lbr[1]@host|)
                      (ite (= #xf actp)
                           (ite cfg.lbr_enabled a!29 |p.hw_lbr[1]@host|)
                           |p.hw_lbr[1]@host|))))
      (a!38 (ite (= #xb actp)
                 a!35
                 (ite (= #xc actp)
                      (ite cfg.lbr_enabled a!36 |p.hw_lbr[2]@host|)
                      (ite (= #xf actp)
                           (ite cfg.lbr_enabled a!37 |p.hw_lbr[2]@host|)
                           |p.hw_lbr[2]@host|))))
      (a!46 (ite (= #xb actp)
                 a!43
                 (ite (= #xc actp)
                      (ite cfg.lbr_enabled a!44 |p.hw_lbr[3]@host|)
                      (ite (= #xf actp)
                           (ite cfg.lbr_enabled a!45 |p.hw_lbr[3]@host|)
                           |p.hw_lbr[3]@host|))))
      (a!54 (ite (= #xb actp)
                 a!51
                 (ite (= #xc actp)
                      (ite cfg.lbr_enabled a!52 |p.hw_lbr[4]@host|)
                      (ite (= #xf actp)
                           (ite cfg.lbr_enabled a!53 |p.hw_lbr[4]@host|)
                           |p.hw_lbr[4]@host|))))
      (a!62 (ite (= #xb actp)
                 a!59
                 (ite (= #xc actp)
                      (ite cfg.lbr_enabled a!60 |p.hw_lbr[5]@host|)
                      (ite (= #xf actp)
                           (ite cfg.lbr_enabled a!61 |p.hw_lbr[5]@host|)
                           |p.hw_lbr[5]@host|))))
      (a!76 (and (= #b1 (ite (= #x1 actp) #b1 a!74))
                 (ite (= #x1 actp)
                      (ite cfg.lbr_enabled a!75 p.lbr_passthrough)
                      p.lbr_passthrough)))
      (a!81 (=> (= #b1 (ite (= #x1 actp) #b1 a!74))
                (and a!78 (ite (= #x1 actp) true a!80))))
      (a!82 (and (not (= #b10 a!10))
                 (= #b0 (ite (= #x1 actp) #b1 a!74))
                 (not (ite (= #x1 actp) true a!80))))
      (a!83 (not (= #b0 (ite (= #x1 actp) #b1 a!74))))
      (a!105 (or p.__observed_no_host_lbr_to_userspace
                 (and (and false true)
                      true
                      (ite (not cfg.lbr_enabled) false true)
                      false)
                 (and (and (not false) (= #b00 p.ev))
                      a!98
                      true
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      false)
                 (and a!99
                      true
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      a!103)
                 (and a!104
                      true
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      false)))
      (a!107 (or p.__observed_no_host_lbr_to_userspace
                 (and false
                      false
                      true
                      (ite (not cfg.lbr_enabled) false true)
                      false)
                 (and (and (not false) (= #b00 p.ev))
                      a!106
                      false
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      false)
                 (and a!99
                      false
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      a!103)
                 (and a!104
                      false
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      false)))
      (a!115 (or p.__observed_no_host_lbr_to_userspace
                 (and true (ite (not cfg.lbr_enabled) false true) false)
                 (and (and (not true) (= #b00 p.ev))
                      a!108
                      true
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      false)
                 a!113
                 (and a!114
                      true
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      false)))
      (a!121 (or p.__observed_no_host_lbr_to_userspace
                 (and (and false true)
                      (ite (not cfg.lbr_enabled) false true)
                      false)
                 (and (and (not true) (= #b00 p.ev))
                      a!116
                      false
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      false)
                 a!120
                 (and a!114
                      false
                      false
                      (ite (not cfg.lbr_enabled) false true)
                      false))))
(let ((a!23 (ite (= #x8 actp)
                 (ite a!12
                      |p.hw_lbr[0]@host|
                      (ite (= a!14 #x00) false |p.hw_lbr[0]@host|))
                 (ite (= #xa actp) a!15 a!22)))
      (a!31 (ite (= #x8 actp)
                 (ite a!12
                      |p.hw_lbr[1]@host|
                      (ite (= a!14 #x01) false |p.hw_lbr[1]@host|))
                 (ite (= #xa actp) a!25 a!30)))
      (a!39 (ite (= #x8 actp)
                 (ite a!12
                      |p.hw_lbr[2]@host|
                      (ite (= a!14 #x02) false |p.hw_lbr[2]@host|))
                 (ite (= #xa actp) a!33 a!38)))
      (a!47 (ite (= #x8 actp)
                 (ite a!12
                      |p.hw_lbr[3]@host|
                      (ite (= a!14 #x03) false |p.hw_lbr[3]@host|))
                 (ite (= #xa actp) a!41 a!46)))
      (a!55 (ite (= #x8 actp)
                 (ite a!12
                      |p.hw_lbr[4]@host|
                      (ite (= a!14 #x04) false |p.hw_lbr[4]@host|))
                 (ite (= #xa actp) a!49 a!54)))
      (a!63 (ite (= #x8 actp)
                 (ite a!12
                      |p.hw_lbr[5]@host|
                      (ite (= a!14 #x05) false |p.hw_lbr[5]@host|))
                 (ite (= #xa actp) a!57 a!62)))
      (a!86 (=> (or a!83 (ite (= #x1 actp) true a!80)) (= #b00 a!85)))
      (a!122 (ite (= #xb actp)
                  a!107
                  (ite (= #xd actp)
                       a!115
                       (ite (= #xe actp)
                            a!121
                            p.__observed_no_host_lbr_to_userspace)))))
(let ((a!24 (ite (= #x4 actp)
                 (ite (= #b01 p.ev)
                      (ite inp.vcpu_sched_in.fits
                           (ite p.saved_valid |p.saved_lbr[0]@host| false)
                           |p.hw_lbr[0]@host|)
                      |p.hw_lbr[0]@host|)
                 (ite (= #x5 actp) true (ite (= #x6 actp) true a!23))))
      (a!32 (ite (= #x4 actp)
                 (ite (= #b01 p.ev)
                      (ite inp.vcpu_sched_in.fits
                           (ite p.saved_valid |p.saved_lbr[1]@host| false)
                           |p.hw_lbr[1]@host|)
                      |p.hw_lbr[1]@host|)
                 (ite (= #x5 actp) true (ite (= #x6 actp) true a!31))))
      (a!40 (ite (= #x4 actp)
                 (ite (= #b01 p.ev)
                      (ite inp.vcpu_sched_in.fits
                           (ite p.saved_valid |p.saved_lbr[2]@host| false)
                           |p.hw_lbr[2]@host|)
                      |p.hw_lbr[2]@host|)
                 (ite (= #x5 actp) true (ite (= #x6 actp) true a!39))))
      (a!48 (ite (= #x4 actp)
                 (ite (= #b01 p.ev)
                      (ite inp.vcpu_sched_in.fits
                           (ite p.saved_valid |p.saved_lbr[3]@host| false)
                           |p.hw_lbr[3]@host|)
                      |p.hw_lbr[3]@host|)
                 (ite (= #x5 actp) true (ite (= #x6 actp) true a!47))))
      (a!56 (ite (= #x4 actp)
                 (ite (= #b01 p.ev)
                      (ite inp.vcpu_sched_in.fits
                           (ite p.saved_valid |p.saved_lbr[4]@host| false)
                           |p.hw_lbr[4]@host|)
                      |p.hw_lbr[4]@host|)
                 (ite (= #x5 actp) true (ite (= #x6 actp) true a!55))))
      (a!64 (ite (= #x4 actp)
                 (ite (= #b01 p.ev)
                      (ite inp.vcpu_sched_in.fits
                           (ite p.saved_valid |p.saved_lbr[5]@host| false)
                           |p.hw_lbr[5]@host|)
                      |p.hw_lbr[5]@host|)
                 (ite (= #x5 actp) true (ite (= #x6 actp) true a!63))))
      (a!123 (not (ite (= #x7 actp)
                       (or p.__observed_no_host_lbr_to_userspace a!97)
                       (ite (= #xa actp) a!105 a!122)))))
(let ((a!124 (and (=> (= #b10 a!10)
                      (and (not a!24)
                           (not a!32)
                           (not a!40)
                           (not a!48)
                           (not a!56)
                           (not a!64)))
                  a!65
                  a!66
                  a!67
                  a!68
                  a!69
                  a!70
                  (=> a!76 (and (= #b10 a!10) a!77))
                  a!81
                  (=> (not a!78) a!82)
                  a!86
                  (=> (ite (= #x1 actp)
                           (ite cfg.lbr_enabled a!75 p.lbr_passthrough)
                           p.lbr_passthrough)
                      cfg.lbr_enabled)
                  (not a!89)
                  (not a!92)
                  a!93
                  (not (ite (= #x8 actp)
                            (ite a!12 false p.pending_data@host)
                            p.pending_data@host))
                  a!65
                  a!66
                  a!67
                  a!68
                  a!69
                  a!70
                  a!123)))
  (and (=> (= #b10 p.ev)
           (and (not |p.hw_lbr[0]@host|)
                (not |p.hw_lbr[1]@host|)
                (not |p.hw_lbr[2]@host|)
                (not |p.hw_lbr[3]@host|)
                (not |p.hw_lbr[4]@host|)
                (not |p.hw_lbr[5]@host|)))
       (not |p.saved_lbr[0]@host|)
       (not |p.saved_lbr[1]@host|)
       (not |p.saved_lbr[2]@host|)
       (not |p.saved_lbr[3]@host|)
       (not |p.saved_lbr[4]@host|)
       (not |p.saved_lbr[5]@host|)
       (=> (and (= #b1 p.ctx) p.lbr_passthrough)
           (and (= #b10 p.ev) p.last_check_active))
       (=> (= #b1 p.ctx) (and p.running p.irqs_off))
       a!1
       a!2
       (=> p.lbr_passthrough cfg.lbr_enabled)
       (not p.hw_read_while_inactive)
       (not p.hw_write_while_inactive)
       (not p.pending_msr@host)
       (not p.pending_data@host)
       (not |p.saved_lbr[0]@host|)
       (not |p.saved_lbr[1]@host|)
       (not |p.saved_lbr[2]@host|)
       (not |p.saved_lbr[3]@host|)
       (not |p.saved_lbr[4]@host|)
       (not |p.saved_lbr[5]@host|)
       (not p.__observed_no_host_lbr_to_userspace)
       a!5
       (not a!124)))))))))))
(check-sat)
(pop 1)
; obligation: safety
(push 1)
(assert (let ((a!1 (=> (not p.running)
               (and (not (= #b10 p.ev)) (= #b0 p.ctx) (not p.irqs_off))))
      (a!2 (=> (or (not (= #b0 p.ctx)) p.irqs_off) (= #b00 p.pending))))
  (and (=> (= #b10 p.ev)
           (and (not |p.hw_lbr[0]@host|)
                (not |p.hw_lbr[1]@host|)
                (not |p.hw_lbr[2]@host|)
                (not |p.hw_lbr[3]@host|)
                (not |p.hw_lbr[4]@host|)
                (not |p.hw_lbr[5]@host|)))
       (not |p.saved_lbr[0]@host|)
       (not |p.saved_lbr[1]@host|)
       (not |p.saved_lbr[2]@host|)
       (not |p.saved_lbr[3]@host|)
       (not |p.saved_lbr[4]@host|)
       (not |p.saved_lbr[5]@host|)
       (=> (and (= #b1 p.ctx) p.lbr_passthrough)
           (and (= #b10 p.ev) p.last_check_active))
       (=> (= #b1 p.ctx) (and p.running p.irqs_off))
       a!1
       a!2
       (=> p.lbr_passthrough cfg.lbr_enabled)
       (not p.hw_read_while_inactive)
       (not p.hw_write_while_inactive)
       (not p.pending_msr@host)
       (not p.pending_data@host)
       (not |p.saved_lbr[0]@host|)
       (not |p.saved_lbr[1]@host|)
       (not |p.saved_lbr[2]@host|)
       (not |p.saved_lbr[3]@host|)
       (not |p.saved_lbr[4]@host|)
       (not |p.saved_lbr[5]@host|)
       (not p.__observed_no_host_lbr_to_userspace)
       (not (not p.__observed_no_host_lbr_to_userspace)))))
(check-sat)
(pop 1)
; invariant-over: cfg.lbr_enabled p.ctx p.irqs_off p.running p.pending p.pending_msr p.pending_msr@host p.pending_data@host p.ev p.lbr_passthrough |p.hw_lbr[0]@host| |p.hw_lbr[1]@host| |p.hw_lbr[2]@host| |p.hw_lbr[3]@host| |p.hw_lbr[4]@host| |p.hw_lbr[5]@host| |p.saved_lbr[0]@host| |p.saved_lbr[1]@host| |p.saved_lbr[2]@host| |p.saved_lbr[3]@host| |p.saved_lbr[4]@host| |p.saved_lbr[5]@host| p.saved_valid p.last_check_active p.hw_read_while_inactive p.hw_write_while_inactive p.__observed_no_host_lbr_to_userspace
; invariant: (let ((a!1 (=> (not p.running) (and (not (= #b10 p.ev)) (= #b0 p.ctx) (not p.irqs_off)))) (a!2 (=> (or (not (= #b0 p.ctx)) p.irqs_off) (= #b00 p.pending)))) (and (=> (= #b10 p.ev) (and (not |p.hw_lbr[0]@host|) (not |p.hw_lbr[1]@host|) (not |p.hw_lbr[2]@host|) (not |p.hw_lbr[3]@host|) (not |p.hw_lbr[4]@host|) (not |p.hw_lbr[5]@host|))) (not |p.saved_lbr[0]@host|) (not |p.saved_lbr[1]@host|) (not |p.saved_lbr[2]@host|) (not |p.saved_lbr[3]@host|) (not |p.saved_lbr[4]@host|) (not |p.saved_lbr[5]@host|) (=> (and (= #b1 p.ctx) p.lbr_passthrough) (and (= #b10 p.ev) p.last_check_active)) (=> (= #b1 p.ctx) (and p.running p.irqs_off)) a!1 a!2 (=> p.lbr_passthrough cfg.lbr_enabled) (not p.hw_read_while_inactive) (not p.hw_write_while_inactive) (not p.pending_msr@host) (not p.pending_data@host) (not |p.saved_lbr[0]@host|) (not |p.saved_lbr[1]@host|) (not |p.saved_lbr[2]@host|) (not |p.saved_lbr[3]@host|) (not |p.saved_lbr[4]@host|) (not |p.saved_lbr[5]@host|) (not p.__observed_no_host_lbr_to_userspace)))
; trigger: reached at depth 1
