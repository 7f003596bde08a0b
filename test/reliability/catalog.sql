-- The extension's members and every property that matters, one line each, for
-- comparing an upgraded installation with a fresh one (no OIDs).
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) || ' | ' ||
       coalesce(CASE d.classid
         WHEN 'pg_proc'::regclass THEN
           (SELECT format('%s %s strict=%s leakproof=%s secdef=%s parallel=%s cost=%s rows=%s config=%s src=%s bin=%s',
                          p.prokind, p.prorettype::regtype, p.proisstrict, p.proleakproof, p.prosecdef,
                          p.proparallel::text || p.provolatile::text, p.procost, p.prorows, p.proconfig, p.prosrc, p.probin)
                 || coalesce((SELECT format(' agg: kind=%s trans=%s combine=%s final=%s sortop=%s stype=%s init=%s',
                                            a.aggkind, a.aggtransfn, a.aggcombinefn, a.aggfinalfn,
                                            a.aggsortop::regoperator, a.aggtranstype::regtype, a.agginitval)
                                FROM pg_aggregate a WHERE a.aggfnoid = d.objid), '')
              FROM pg_proc p WHERE p.oid = d.objid)
         WHEN 'pg_type'::regclass THEN
           (SELECT format('len=%s byval=%s align=%s storage=%s in=%s out=%s recv=%s send=%s typmod=%s analyze=%s category=%s base=%s',
                          t.typlen, t.typbyval, t.typalign, t.typstorage, t.typinput, t.typoutput, t.typreceive,
                          t.typsend, t.typmodin, t.typanalyze, t.typcategory, t.typbasetype::regtype)
              FROM pg_type t WHERE t.oid = d.objid)
         WHEN 'pg_operator'::regclass THEN
           (SELECT format('%s com=%s neg=%s rest=%s join=%s merges=%s hashes=%s',
                          o.oprcode, o.oprcom::regoperator, o.oprnegate::regoperator, o.oprrest, o.oprjoin,
                          o.oprcanmerge, o.oprcanhash)
              FROM pg_operator o WHERE o.oid = d.objid)
         WHEN 'pg_opclass'::regclass THEN
           (SELECT format('default=%s type=%s ops=%s procs=%s', c.opcdefault, c.opcintype::regtype,
                          (SELECT string_agg(a.amopstrategy || ':' || a.amopopr::regoperator || a.amoppurpose::text, ' ' ORDER BY a.amopstrategy)
                             FROM pg_amop a WHERE a.amopfamily = c.opcfamily),
                          (SELECT string_agg(a.amprocnum || ':' || a.amproc::regprocedure, ' ' ORDER BY a.amprocnum)
                             FROM pg_amproc a WHERE a.amprocfamily = c.opcfamily))
              FROM pg_opclass c WHERE c.oid = d.objid)
         WHEN 'pg_cast'::regclass THEN
           (SELECT format('method=%s context=%s func=%s', c.castmethod, c.castcontext, c.castfunc::regprocedure)
              FROM pg_cast c WHERE c.oid = d.objid)
         WHEN 'pg_class'::regclass THEN
           (SELECT format('relkind=%s', c.relkind) FROM pg_class c WHERE c.oid = d.objid)
         END, '') || ' | comment=' || coalesce(obj_description(d.objid, d.classid::regclass::name), '')
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opendata_id')
 ORDER BY 1;
