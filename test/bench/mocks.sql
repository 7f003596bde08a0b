-- Stand-ins for objects of the extension that are not installed, so that
-- test/bench/quick runs every case of the benchmark before they land.  Each is
-- created only when the real object is absent; none is fast, none is timed
-- for real (test/bench/run never loads this file unless ODI_BENCH_PRELUDE says so).
CREATE FUNCTION pg_temp.mock_domain(typ text, base text, regex text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	IF to_regtype(typ) IS NULL THEN
		EXECUTE format('CREATE DOMAIN public.%I AS %s CHECK (VALUE::text ~ %L)', typ, base, regex);
	END IF;
	IF to_regprocedure(typ || '_is_valid(text)') IS NULL THEN
		EXECUTE format('CREATE FUNCTION public.%I(t text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
						AS $f$ SELECT t ~ %L $f$', typ || '_is_valid', regex);
	END IF;
END $$;

SELECT pg_temp.mock_domain('id_address', 'text', '^([^,]+, )?[^,]+ No\. [0-9]+( RT[0-9]{2}/RW[0-9]{2})?, [^,]+(, [^,]+)?, [^,]+ [1-9][0-9]{4}(, [^,]+)?$'),
	   pg_temp.mock_domain('id_time_tz', 'text', '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(\+0[789]00)?$'),
	   pg_temp.mock_domain('id_day', 'text', '^(0[1-9]|[12][0-9]|3[01])$'),
	   pg_temp.mock_domain('id_month', 'text', '^(0[1-9]|1[0-2])$'),
	   pg_temp.mock_domain('id_year', 'text', '^-?[0-9]{4}$'),
	   pg_temp.mock_domain('id_date', 'text', '^-?[0-9]{4}-[0-9]{2}(-[0-9]{2})?$'),
	   pg_temp.mock_domain('id_bool', 'text', '^(1|0|ya|tidak)$'),
	   pg_temp.mock_domain('id_number', 'text', '^[+-]?[0-9]+(\.[0-9]+)?$'),
	   pg_temp.mock_domain('id_email', 'text', '^[^@ ]+@[^@ ]+\.[a-z]+$'),
	   pg_temp.mock_domain('id_url', 'text', '^https?://'),
	   pg_temp.mock_domain('latlong', 'point', '^\(?[-+0-9.e]+, ?[-+0-9.e]+\)?$') \gset

DO $$
BEGIN
	IF to_regoperator('<->(latlong,latlong)') IS NULL THEN
		CREATE FUNCTION public.latlong_distance(a latlong, b latlong) RETURNS float8
		LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a::point <-> b::point';
		CREATE OPERATOR public.<-> (LEFTARG = latlong, RIGHTARG = latlong,
									FUNCTION = latlong_distance);
	END IF;
	IF to_regprocedure('melt(record,text[],boolean)') IS NULL THEN
		CREATE FUNCTION public.melt(r record, exclude text[] DEFAULT '{}',
									include_nulls boolean DEFAULT false)
		RETURNS TABLE (variable text, value text) LANGUAGE plpgsql IMMUTABLE
		AS $f$ BEGIN
			RETURN QUERY SELECT j.key, j.value FROM jsonb_each_text(to_jsonb(r)) j
			WHERE j.key <> ALL (exclude) AND (include_nulls OR j.value IS NOT NULL);
		END $f$;
	END IF;
END $$;
