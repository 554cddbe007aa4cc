using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <summary>
    /// The municipality's own texts in its paragraaf verbonden partijen: visie, beleidsvoornemens and verantwoording per
    /// participation and year (BBV art. 15 lid 1, art. 26), and its control regime per risk class (decision 0028).
    /// </summary>
    public partial class RecordParagraphTextsAndRiskRegimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "party_policies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    membership_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    vision = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    intentions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    accountability = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_policies", x => x.id);
                    table.CheckConstraint("ck_party_policies_year", "year BETWEEN 1950 AND 2100");
                    table.ForeignKey(
                        name: "fk_party_policies_memberships_membership_id",
                        column: x => x.membership_id,
                        principalTable: "memberships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_regimes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    risk_class = table.Column<short>(type: "smallint", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_regimes", x => x.id);
                    table.CheckConstraint("ck_risk_regimes_description", "length(btrim(description)) > 0");
                    table.CheckConstraint("ck_risk_regimes_risk_class", "risk_class BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_risk_regimes_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_party_policies_membership_id_year",
                table: "party_policies",
                columns: new[] { "membership_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_regimes_municipality_id_risk_class",
                table: "risk_regimes",
                columns: new[] { "municipality_id", "risk_class" },
                unique: true);

            // Both are register data that the overview shows: every write raises the register version (decision 0018).
            foreach (var table in new[] { "party_policies", "risk_regimes" })
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
                name: "party_policies");

            migrationBuilder.DropTable(
                name: "risk_regimes");
        }
    }
}
