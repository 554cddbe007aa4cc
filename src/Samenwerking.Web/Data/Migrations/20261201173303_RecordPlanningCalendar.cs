using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <summary>
    /// Replaces the one-flag-for-all control moments (never shown nor filled) by planning documents with their sent date
    /// and one zienswijze per council (decision 0023).
    /// </summary>
    public partial class RecordPlanningCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "control_moments");

            migrationBuilder.CreateTable(
                name: "planning_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_planning_documents", x => x.id);
                    table.CheckConstraint("ck_planning_documents_kind", "kind IN ('Kaders', 'VoorlopigeJaarrekening', 'Ontwerpbegroting', 'Begrotingswijziging', 'Begroting', 'Jaarrekening', 'OntwerpRegeling')");
                    table.CheckConstraint("ck_planning_documents_number", "(kind IN ('Begrotingswijziging', 'OntwerpRegeling') AND number >= 1) OR (kind NOT IN ('Begrotingswijziging', 'OntwerpRegeling') AND number = 0)");
                    table.CheckConstraint("ck_planning_documents_revision", "revision >= 0");
                    table.CheckConstraint("ck_planning_documents_year", "year BETWEEN 1950 AND 2100");
                    table.ForeignKey(
                        name: "fk_planning_documents_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "zienswijzen",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    planning_document_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    meeting_on = table.Column<DateOnly>(type: "date", nullable: true),
                    given_on = table.Column<DateOnly>(type: "date", nullable: true),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reply = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    reply_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_zienswijzen", x => x.id);
                    table.CheckConstraint("ck_zienswijzen_given", "status <> 'Gegeven' OR (given_on IS NOT NULL AND (text IS NOT NULL OR link IS NOT NULL))");
                    table.CheckConstraint("ck_zienswijzen_planned", "status <> 'Gepland' OR meeting_on IS NOT NULL");
                    table.CheckConstraint("ck_zienswijzen_reply", "reply_on IS NULL OR reply IS NOT NULL");
                    table.CheckConstraint("ck_zienswijzen_status", "status IN ('Gepland', 'Gegeven', 'Geen')");
                    table.ForeignKey(
                        name: "fk_zienswijzen_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_zienswijzen_planning_documents_planning_document_id",
                        column: x => x.planning_document_id,
                        principalTable: "planning_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_planning_documents_arrangement_id_kind_year_number",
                table: "planning_documents",
                columns: new[] { "arrangement_id", "kind", "year", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_zienswijzen_municipality_id",
                table: "zienswijzen",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_zienswijzen_planning_document_id_municipality_id",
                table: "zienswijzen",
                columns: new[] { "planning_document_id", "municipality_id" },
                unique: true);

            // Both are register data that reading pages show: every write raises the register version (decision 0018).
            foreach (var table in new[] { "planning_documents", "zienswijzen" })
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
            migrationBuilder.DropTable(
                name: "zienswijzen");

            migrationBuilder.DropTable(
                name: "planning_documents");

            migrationBuilder.CreateTable(
                name: "control_moments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    year = table.Column<int>(type: "integer", nullable: false),
                    zienswijze_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    zienswijze_submitted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_control_moments", x => x.id);
                    table.CheckConstraint("ck_control_moments_kind", "kind IN ('Kaderbrief', 'Ontwerpbegroting', 'Begrotingswijziging', 'Jaarrekening')");
                    table.CheckConstraint("ck_control_moments_year", "year BETWEEN 1950 AND 2100");
                    table.ForeignKey(
                        name: "fk_control_moments_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_control_moments_arrangement_id",
                table: "control_moments",
                column: "arrangement_id");

            migrationBuilder.Sql("""
                CREATE TRIGGER announce_register_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON control_moments
                    FOR EACH STATEMENT EXECUTE FUNCTION announce_register_change();
                """);
        }
    }
}
