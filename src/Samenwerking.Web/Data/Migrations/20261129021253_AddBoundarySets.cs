using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddBoundarySets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "boundary_sets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    feature_count = table.Column<int>(type: "integer", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_boundary_sets", x => x.id);
                    table.CheckConstraint("ck_boundary_sets_feature_count", "feature_count > 0");
                    table.CheckConstraint("ck_boundary_sets_format", "format IN ('topojson', 'geojson')");
                    table.CheckConstraint("ck_boundary_sets_kind", "kind IN ('Gemeenten', 'Provincies', 'Veiligheidsregios')");
                });

            migrationBuilder.CreateIndex(
                name: "ix_boundary_sets_kind",
                table: "boundary_sets",
                column: "kind",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "boundary_sets");
        }
    }
}
