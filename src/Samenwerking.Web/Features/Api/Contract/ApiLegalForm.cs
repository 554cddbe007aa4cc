using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>
/// The legal form of an arrangement: the five forms of a gemeenschappelijke regeling, the cross-border bodies,
/// then agreements and private-law bodies.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiLegalForm>))]
public enum ApiLegalForm
{
    OpenbaarLichaam,
    GemeenschappelijkOrgaan,
    Bedrijfsvoeringsorganisatie,
    Centrumregeling,
    RegelingZonderMeer,
    Egts,
    Bgts,
    GrensoverschrijdendOpenbaarLichaam,
    Bestuursovereenkomst,
    BeslotenVennootschap,
    NaamlozeVennootschap,
    CommanditaireVennootschap,
    Stichting,
    Vereniging,
    Cooperatie,
    Overig,
}
