using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordCouncilInstrumentFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "advisory_committee",
                table: "arrangements",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "amended_on",
                table: "arrangements",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "amendment_status",
                table: "arrangements",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "evaluation_period_years",
                table: "arrangements",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "exit_costs",
                table: "arrangements",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "exit_notice_months",
                table: "arrangements",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "exit_rules",
                table: "arrangements",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_advisory_committee",
                table: "arrangements",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "resident_participation",
                table: "arrangements",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "zienswijze_decisions",
                table: "arrangements",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_advisory_committee",
                table: "arrangements",
                sql: "has_advisory_committee IS TRUE OR advisory_committee IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_amended_on",
                table: "arrangements",
                sql: "amended_on IS NULL OR amendment_status = 'Aangepast'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_amended_on_date",
                table: "arrangements",
                sql: "amended_on IS NULL OR amended_on >= DATE '2022-01-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_amendment_status",
                table: "arrangements",
                sql: "amendment_status IN ('Aangepast', 'NietAangepast')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_evaluation_period",
                table: "arrangements",
                sql: "evaluation_period_years IS NULL OR evaluation_period_years BETWEEN 1 AND 25");

            migrationBuilder.AddCheckConstraint(
                name: "ck_arrangements_exit_notice",
                table: "arrangements",
                sql: "exit_notice_months IS NULL OR exit_notice_months BETWEEN 0 AND 120");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_advisory_committee",
                table: "arrangements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_amended_on",
                table: "arrangements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_amended_on_date",
                table: "arrangements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_amendment_status",
                table: "arrangements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_evaluation_period",
                table: "arrangements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_arrangements_exit_notice",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "advisory_committee",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "amended_on",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "amendment_status",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "evaluation_period_years",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "exit_costs",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "exit_notice_months",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "exit_rules",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "has_advisory_committee",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "resident_participation",
                table: "arrangements");

            migrationBuilder.DropColumn(
                name: "zienswijze_decisions",
                table: "arrangements");
        }
    }
}
