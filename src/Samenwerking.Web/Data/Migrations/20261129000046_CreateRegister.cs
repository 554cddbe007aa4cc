using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CreateRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,");

            migrationBuilder.CreateTable(
                name: "change_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<int>(type: "integer", nullable: false),
                    arrangement_id = table.Column<int>(type: "integer", nullable: true),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_change_records", x => x.id);
                    table.CheckConstraint("ck_change_records_action", "action IN ('Added', 'Modified', 'Removed')");
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    identifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.CheckConstraint("ck_organisations_kind", "kind IN ('Provincie', 'Waterschap', 'Ministerie', 'Samenwerkingsorgaan', 'Privaat', 'Buitenlands', 'Overig')");
                });

            migrationBuilder.CreateTable(
                name: "policy_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_areas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "provinces",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(4)", fixedLength: true, maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provinces", x => x.code);
                    table.CheckConstraint("ck_provinces_code", "code ~ '^PV[0-9]{2}$'");
                });

            migrationBuilder.CreateTable(
                name: "municipal_tasks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    taakveld = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    policy_area_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipal_tasks", x => x.id);
                    table.CheckConstraint("ck_municipal_tasks_taakveld", "taakveld ~ '^[0-9](\\.[0-9]{1,2})?$'");
                    table.ForeignKey(
                        name: "fk_municipal_tasks_policy_areas_policy_area_id",
                        column: x => x.policy_area_id,
                        principalTable: "policy_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    province_code = table.Column<string>(type: "character(4)", fixedLength: true, maxLength: 4, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    successor_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipalities", x => x.id);
                    table.CheckConstraint("ck_municipalities_code", "code ~ '^GM[0-9]{4}$'");
                    table.CheckConstraint("ck_municipalities_period", "valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from");
                    table.CheckConstraint("ck_municipalities_successor", "successor_id IS NULL OR successor_id <> id");
                    table.ForeignKey(
                        name: "fk_municipalities_municipalities_successor_id",
                        column: x => x.successor_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_municipalities_provinces_province_code",
                        column: x => x.province_code,
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "arrangements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    short_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    goal_level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    goal_level_is_suggestion = table.Column<bool>(type: "boolean", nullable: false),
                    goal_level_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    legal_form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    purpose = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    public_interest = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    seat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    central_municipality_id = table.Column<int>(type: "integer", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    national_register_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    national_register_version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_example = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangements", x => x.id);
                    table.CheckConstraint("ck_arrangements_centrumregeling", "legal_form <> 'Centrumregeling' OR central_municipality_id IS NOT NULL");
                    table.CheckConstraint("ck_arrangements_goal_level", "goal_level IN ('Strategisch', 'Tactisch', 'Operationeel')");
                    table.CheckConstraint("ck_arrangements_legal_form", "legal_form IN ('OpenbaarLichaam', 'GemeenschappelijkOrgaan', 'Bedrijfsvoeringsorganisatie', 'Centrumregeling', 'RegelingZonderMeer', 'Bestuursovereenkomst', 'BeslotenVennootschap', 'NaamlozeVennootschap', 'CommanditaireVennootschap', 'Stichting', 'Vereniging', 'Cooperatie', 'Overig')");
                    table.CheckConstraint("ck_arrangements_name", "btrim(name) <> ''");
                    table.CheckConstraint("ck_arrangements_period", "end_date IS NULL OR start_date IS NULL OR end_date > start_date");
                    table.ForeignKey(
                        name: "fk_arrangements_municipalities_central_municipality_id",
                        column: x => x.central_municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "arrangement_policy_areas",
                columns: table => new
                {
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    policy_area_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangement_policy_areas", x => new { x.arrangement_id, x.policy_area_id });
                    table.ForeignKey(
                        name: "fk_arrangement_policy_areas_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_arrangement_policy_areas_policy_areas_policy_area_id",
                        column: x => x.policy_area_id,
                        principalTable: "policy_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "control_moments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    zienswijze_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    zienswijze_submitted = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    performed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_for = table.Column<DateOnly>(type: "date", nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    report_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluations", x => x.id);
                    table.CheckConstraint("ck_evaluations_date", "performed_on IS NOT NULL OR planned_for IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_evaluations_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "financial_years",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    equity_start = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    equity_end = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    debt_start = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    debt_end = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    result = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_financial_years", x => x.id);
                    table.CheckConstraint("ck_financial_years_year", "year BETWEEN 1950 AND 2100");
                    table.ForeignKey(
                        name: "fk_financial_years_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "legal_basis_links",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_basis_links", x => x.id);
                    table.CheckConstraint("ck_legal_basis_links_kind", "kind IN ('Regeling', 'Besluit', 'Statuten', 'Website', 'Overig')");
                    table.CheckConstraint("ck_legal_basis_links_url", "url ~ '^https?://'");
                    table.ForeignKey(
                        name: "fk_legal_basis_links_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    organisation_id = table.Column<int>(type: "integer", nullable: true),
                    join_date = table.Column<DateOnly>(type: "date", nullable: true),
                    leave_date = table.Column<DateOnly>(type: "date", nullable: true),
                    cost_share_percentage = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    governing_body = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    risk_class = table.Column<short>(type: "smallint", nullable: true),
                    council_committee = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_memberships", x => x.id);
                    table.CheckConstraint("ck_memberships_cost_share", "cost_share_percentage BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_memberships_governing_body", "governing_body IN ('Raad', 'College', 'Burgemeester')");
                    table.CheckConstraint("ck_memberships_one_participant", "num_nonnulls(municipality_id, organisation_id) = 1");
                    table.CheckConstraint("ck_memberships_period", "leave_date IS NULL OR join_date IS NULL OR leave_date > join_date");
                    table.CheckConstraint("ck_memberships_risk_class", "risk_class BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_memberships_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_memberships_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_memberships_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    @class = table.Column<short>(name: "class", type: "smallint", nullable: false),
                    mitigation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risks", x => x.id);
                    table.CheckConstraint("ck_risks_class", "class BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_risks_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_placements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    municipal_task_id = table.Column<int>(type: "integer", nullable: false),
                    arrangement_id = table.Column<int>(type: "integer", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_placements", x => x.id);
                    table.CheckConstraint("ck_task_placements_period", "end_date IS NULL OR start_date IS NULL OR end_date > start_date");
                    table.ForeignKey(
                        name: "fk_task_placements_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_task_placements_municipal_tasks_municipal_task_id",
                        column: x => x.municipal_task_id,
                        principalTable: "municipal_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_placements_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "transferred_powers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    acquisition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transferred_powers", x => x.id);
                    table.CheckConstraint("ck_transferred_powers_acquisition", "acquisition IN ('Attributie', 'Delegatie', 'Mandaat')");
                    table.ForeignKey(
                        name: "fk_transferred_powers_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contributions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    membership_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    budgeted = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    realised = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contributions", x => x.id);
                    table.CheckConstraint("ck_contributions_amounts", "budgeted >= 0 AND realised >= 0");
                    table.CheckConstraint("ck_contributions_year", "year BETWEEN 1950 AND 2100");
                    table.ForeignKey(
                        name: "fk_contributions_memberships_membership_id",
                        column: x => x.membership_id,
                        principalTable: "memberships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "representatives",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    membership_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    board = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    role = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_representatives", x => x.id);
                    table.CheckConstraint("ck_representatives_board", "board IN ('AlgemeenBestuur', 'DagelijksBestuur', 'Bestuurscommissie', 'Aandeelhoudersvergadering')");
                    table.ForeignKey(
                        name: "fk_representatives_memberships_membership_id",
                        column: x => x.membership_id,
                        principalTable: "memberships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_policy_areas_policy_area_id",
                table: "arrangement_policy_areas",
                column: "policy_area_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangements_central_municipality_id",
                table: "arrangements",
                column: "central_municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangements_name",
                table: "arrangements",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_arrangements_national_register_id",
                table: "arrangements",
                column: "national_register_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_change_records_arrangement_id_at",
                table: "change_records",
                columns: new[] { "arrangement_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_change_records_entity_type_entity_id",
                table: "change_records",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contributions_membership_id_year",
                table: "contributions",
                columns: new[] { "membership_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_control_moments_arrangement_id",
                table: "control_moments",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_arrangement_id",
                table: "evaluations",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_financial_years_arrangement_id_year",
                table: "financial_years",
                columns: new[] { "arrangement_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_legal_basis_links_arrangement_id",
                table: "legal_basis_links",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_arrangement_id",
                table: "memberships",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_municipality_id",
                table: "memberships",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_organisation_id",
                table: "memberships",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_municipal_tasks_name",
                table: "municipal_tasks",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_municipal_tasks_policy_area_id",
                table: "municipal_tasks",
                column: "policy_area_id");

            migrationBuilder.CreateIndex(
                name: "ix_municipalities_code",
                table: "municipalities",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_municipalities_province_code",
                table: "municipalities",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "ix_municipalities_successor_id",
                table: "municipalities",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_identifier",
                table: "organisations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_policy_areas_code",
                table: "policy_areas",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_provinces_name",
                table: "provinces",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_representatives_membership_id",
                table: "representatives",
                column: "membership_id");

            migrationBuilder.CreateIndex(
                name: "ix_risks_arrangement_id",
                table: "risks",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_placements_arrangement_id",
                table: "task_placements",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_placements_municipal_task_id",
                table: "task_placements",
                column: "municipal_task_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_placements_municipality_id_municipal_task_id",
                table: "task_placements",
                columns: new[] { "municipality_id", "municipal_task_id" });

            migrationBuilder.CreateIndex(
                name: "ix_transferred_powers_arrangement_id",
                table: "transferred_powers",
                column: "arrangement_id");

            // A participant is in an arrangement only once at a time; the same task is placed in the same
            // arrangement (or kept by the municipality itself) only once at a time. Periods end exclusively.
            migrationBuilder.Sql("""
                ALTER TABLE memberships ADD CONSTRAINT ex_memberships_municipality_period EXCLUDE USING gist (
                    arrangement_id WITH =, municipality_id WITH =, daterange(join_date, leave_date, '[)') WITH &&)
                    WHERE (municipality_id IS NOT NULL);
                ALTER TABLE memberships ADD CONSTRAINT ex_memberships_organisation_period EXCLUDE USING gist (
                    arrangement_id WITH =, organisation_id WITH =, daterange(join_date, leave_date, '[)') WITH &&)
                    WHERE (organisation_id IS NOT NULL);
                ALTER TABLE task_placements ADD CONSTRAINT ex_task_placements_period EXCLUDE USING gist (
                    municipality_id WITH =, municipal_task_id WITH =, (coalesce(arrangement_id, 0)) WITH =,
                    daterange(start_date, end_date, '[)') WITH &&);
                """);

            // The change history is append-only.
            migrationBuilder.Sql("""
                CREATE FUNCTION change_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'change_records is append-only' USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER change_records_append_only BEFORE UPDATE OR DELETE ON change_records
                    FOR EACH ROW EXECUTE FUNCTION change_records_append_only();
                CREATE TRIGGER change_records_no_truncate BEFORE TRUNCATE ON change_records
                    FOR EACH STATEMENT EXECUTE FUNCTION change_records_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arrangement_policy_areas");

            migrationBuilder.DropTable(
                name: "change_records");

            migrationBuilder.DropTable(
                name: "contributions");

            migrationBuilder.DropTable(
                name: "control_moments");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "financial_years");

            migrationBuilder.DropTable(
                name: "legal_basis_links");

            migrationBuilder.DropTable(
                name: "representatives");

            migrationBuilder.DropTable(
                name: "risks");

            migrationBuilder.DropTable(
                name: "task_placements");

            migrationBuilder.DropTable(
                name: "transferred_powers");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "municipal_tasks");

            migrationBuilder.DropTable(
                name: "arrangements");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "policy_areas");

            migrationBuilder.DropTable(
                name: "municipalities");

            migrationBuilder.DropTable(
                name: "provinces");

            migrationBuilder.Sql("DROP FUNCTION change_records_append_only();");
        }
    }
}
