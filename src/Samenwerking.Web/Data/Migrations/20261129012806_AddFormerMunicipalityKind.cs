using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddFormerMunicipalityKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_organisations_kind",
                table: "organisations");

            migrationBuilder.AddCheckConstraint(
                name: "ck_organisations_kind",
                table: "organisations",
                sql: "kind IN ('Provincie', 'Waterschap', 'Ministerie', 'Samenwerkingsorgaan', 'Privaat', 'Buitenlands', 'Overig', 'VoormaligeGemeente')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_organisations_kind",
                table: "organisations");

            migrationBuilder.AddCheckConstraint(
                name: "ck_organisations_kind",
                table: "organisations",
                sql: "kind IN ('Provincie', 'Waterschap', 'Ministerie', 'Samenwerkingsorgaan', 'Privaat', 'Buitenlands', 'Overig')");
        }
    }
}
