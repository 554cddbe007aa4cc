using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <summary>
    /// The register's version: one number that every transaction writing to a register table raises once, inside that
    /// transaction, and announces with NOTIFY when it commits. Cached pages are keyed by it and every app instance evicts
    /// them when the announcement arrives, whichever process wrote (decision 0018). The entity model does not map the
    /// table: only <c>Features/Caching/RegisterVersion</c> reads it. Accounts and keys are no register data and
    /// announce nothing.
    /// </summary>
    [DbContext(typeof(RegisterDbContext))]
    [Migration("20261201120000_AnnounceRegisterChanges")]
    public partial class AnnounceRegisterChanges : Migration
    {
        /// <summary>Every table whose rows a reading page can show. A test checks no register table is missing.</summary>
        internal static readonly string[] RegisterTables =
        [
            "provinces", "municipalities", "organisations", "policy_areas", "municipal_tasks", "arrangements",
            "arrangement_policy_areas", "arrangement_versions", "memberships", "representatives", "task_placements",
            "transferred_powers", "legal_basis_links", "contributions", "financial_years", "risks", "evaluations",
            "control_moments", "change_records", "boundary_sets",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE register_version (
                    id integer PRIMARY KEY CHECK (id = 1),
                    version bigint NOT NULL,
                    changed_at timestamp with time zone NOT NULL);
                INSERT INTO register_version (id, version, changed_at) VALUES (1, 1, now());

                -- Statement-level, so an import of thousands of rows raises the version once per transaction: the
                -- transaction-local setting remembers that it already did.
                CREATE FUNCTION announce_register_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('samenwerking.register_changed', true) IS DISTINCT FROM 'yes' THEN
                        UPDATE register_version SET version = version + 1, changed_at = now() WHERE id = 1;
                        PERFORM set_config('samenwerking.register_changed', 'yes', true);
                        PERFORM pg_notify('register_changed', '');
                    END IF;
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in RegisterTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER announce_register_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION announce_register_change();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in RegisterTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER announce_register_change ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION announce_register_change(); DROP TABLE register_version;");
        }
    }
}
