using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordNationalRegisterFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_memberships_governing_body",
                table: "memberships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_legal_basis_links_kind",
                table: "legal_basis_links");

            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_legal_form",
                table: "arrangements");


            migrationBuilder.AlterColumn<string>(
                name: "acquisition",
                table: "transferred_powers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<int>(
                name: "former_municipality_id",
                table: "memberships",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "governing_bodies",
                table: "memberships",
                type: "character varying(40)[]",
                nullable: false,
                defaultValue: new string[0]);

            // A participant may take part with several bodies: the one body recorded so far becomes the first of a list.
            migrationBuilder.Sql("UPDATE memberships SET governing_bodies = ARRAY[governing_body] WHERE governing_body IS NOT NULL;");
            migrationBuilder.DropColumn(
                name: "governing_body",
                table: "memberships");

            // The national register states how powers were obtained per regeling, not per power: imported powers
            // carried a mode pinned from the regeling or made up where it said nothing. The next import states it per regeling.
            migrationBuilder.Sql("UPDATE transferred_powers SET acquisition = NULL WHERE arrangement_id IN (SELECT id FROM arrangements WHERE national_register_id IS NOT NULL);");

            // Laws were stored as the regeling and the regeling's text as a decision: put them right.
            migrationBuilder.Sql("UPDATE legal_basis_links SET kind = 'WettelijkeGrondslag' WHERE kind = 'Regeling' AND url ~ '^https?://wetten\\.overheid\\.nl/';");
            migrationBuilder.Sql("UPDATE legal_basis_links SET kind = 'Regeling' WHERE kind = 'Besluit' AND title = 'Publicatie van de regeling';");

            migrationBuilder.AddColumn<string[]>(
                name: "power_acquisitions",
                table: "arrangements",
                type: "character varying(40)[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.CreateTable(
                name: "arrangement_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    national_register_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    publication_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangement_versions", x => x.id);
                    table.CheckConstraint("ck_arrangement_versions_period", "end_date IS NULL OR start_date IS NULL OR end_date > start_date");
                    table.CheckConstraint("ck_arrangement_versions_publication_url", "publication_url ~ '^https?://'");
                    table.ForeignKey(
                        name: "fk_arrangement_versions_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_memberships_former_municipality_id",
                table: "memberships",
                column: "former_municipality_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_memberships_former_municipality",
                table: "memberships",
                sql: "former_municipality_id IS NULL OR (municipality_id IS NOT NULL AND former_municipality_id <> municipality_id)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_memberships_governing_bodies",
                table: "memberships",
                sql: "governing_bodies::text[] <@ ARRAY['Raad', 'College', 'Burgemeester', 'ProvincialeStaten', 'GedeputeerdeStaten', 'CommissarisVanDeKoning', 'AlgemeenBestuur', 'DagelijksBestuur', 'Dijkgraaf', 'Minister', 'Staatssecretaris']::text[]");

            migrationBuilder.AddCheckConstraint(
                name: "ck_legal_basis_links_kind",
                table: "legal_basis_links",
                sql: "kind IN ('Regeling', 'WettelijkeGrondslag', 'Besluit', 'Statuten', 'Website', 'Overig')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_legal_form",
                table: "arrangements",
                sql: "legal_form IN ('OpenbaarLichaam', 'GemeenschappelijkOrgaan', 'Bedrijfsvoeringsorganisatie', 'Centrumregeling', 'RegelingZonderMeer', 'Egts', 'Bgts', 'GrensoverschrijdendOpenbaarLichaam', 'Bestuursovereenkomst', 'BeslotenVennootschap', 'NaamlozeVennootschap', 'CommanditaireVennootschap', 'Stichting', 'Vereniging', 'Cooperatie', 'Overig')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_power_acquisitions",
                table: "arrangements",
                sql: "power_acquisitions::text[] <@ ARRAY['Attributie', 'Delegatie', 'Mandaat']::text[]");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_versions_arrangement_id",
                table: "arrangement_versions",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_versions_national_register_id",
                table: "arrangement_versions",
                column: "national_register_id",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_memberships_municipalities_former_municipality_id",
                table: "memberships",
                column: "former_municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_memberships_municipalities_former_municipality_id",
                table: "memberships");

            migrationBuilder.DropTable(
                name: "arrangement_versions");

            migrationBuilder.DropIndex(
                name: "ix_memberships_former_municipality_id",
                table: "memberships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_memberships_former_municipality",
                table: "memberships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_memberships_governing_bodies",
                table: "memberships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_legal_basis_links_kind",
                table: "legal_basis_links");

            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_legal_form",
                table: "arrangements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_power_acquisitions",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "former_municipality_id",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "governing_bodies",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "power_acquisitions",
                table: "arrangements");

            migrationBuilder.AlterColumn<string>(
                name: "acquisition",
                table: "transferred_powers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "governing_body",
                table: "memberships",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_memberships_governing_body",
                table: "memberships",
                sql: "governing_body IN ('Raad', 'College', 'Burgemeester')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_legal_basis_links_kind",
                table: "legal_basis_links",
                sql: "kind IN ('Regeling', 'Besluit', 'Statuten', 'Website', 'Overig')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_legal_form",
                table: "arrangements",
                sql: "legal_form IN ('OpenbaarLichaam', 'GemeenschappelijkOrgaan', 'Bedrijfsvoeringsorganisatie', 'Centrumregeling', 'RegelingZonderMeer', 'Bestuursovereenkomst', 'BeslotenVennootschap', 'NaamlozeVennootschap', 'CommanditaireVennootschap', 'Stichting', 'Vereniging', 'Cooperatie', 'Overig')");
        }
    }
}
