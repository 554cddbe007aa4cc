using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <summary>
    /// A municipality places a task once at a time (decision 0026). A confirmed placement excludes every other
    /// confirmed placement of the same task for the same municipality in an overlapping period, in any arrangement or
    /// kept itself; it also excludes a suggestion for it elsewhere. Only suggestions may overlap each other: they are
    /// alternatives a reviewer chooses between. Periods are half-open (decision 0004), so one placement may end on the
    /// day the next begins. A register that already holds a double placement is not changed behind its users' backs:
    /// the migration stops and names them. The mapped <c>Version</c> is PostgreSQL's xmin: no column is added.
    /// </summary>
    public partial class RefuseDoubleTaskPlacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                DECLARE
                    doubles text;
                BEGIN
                    SELECT string_agg(format('%s: %s (plaatsingen %s en %s)', m.code, t.name, a.id, b.id), '; ')
                    INTO doubles
                    FROM task_placements a
                    JOIN task_placements b ON a.municipality_id = b.municipality_id AND a.municipal_task_id = b.municipal_task_id
                        AND a.id < b.id AND daterange(a.start_date, a.end_date, '[)') && daterange(b.start_date, b.end_date, '[)')
                        AND NOT (a.is_suggestion AND b.is_suggestion)
                    JOIN municipalities m ON m.id = a.municipality_id
                    JOIN municipal_tasks t ON t.id = a.municipal_task_id;
                    IF doubles IS NOT NULL THEN
                        RAISE EXCEPTION 'Taken die een gemeente tegelijk dubbel heeft belegd; beëindig of verwijder er één en migreer opnieuw: %', doubles;
                    END IF;
                END $$;

                ALTER TABLE task_placements ADD CONSTRAINT ex_task_placements_confirmed_period EXCLUDE USING gist (
                    municipality_id WITH =, municipal_task_id WITH =, daterange(start_date, end_date, '[)') WITH &&)
                    WHERE (NOT is_suggestion);
                ALTER TABLE task_placements ADD CONSTRAINT ex_task_placements_suggestion_period EXCLUDE USING gist (
                    municipality_id WITH =, municipal_task_id WITH =, daterange(start_date, end_date, '[)') WITH &&,
                    (is_suggestion::integer) WITH <>);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE task_placements DROP CONSTRAINT ex_task_placements_suggestion_period;
                ALTER TABLE task_placements DROP CONSTRAINT ex_task_placements_confirmed_period;
                """);
        }
    }
}
