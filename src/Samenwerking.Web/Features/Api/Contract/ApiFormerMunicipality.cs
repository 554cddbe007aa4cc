using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A municipality that merged: when it ceased to exist and which municipality succeeded it.</summary>
/// <param name="Code">Its CBS code.</param>
/// <param name="Name">Its name.</param>
/// <param name="ValidTo">The first day it no longer existed.</param>
/// <param name="SuccessorCode">The CBS code of the municipality it merged into.</param>
/// <param name="SuccessorName">The name of the municipality it merged into.</param>
public sealed record ApiFormerMunicipality(string Code, string Name, DateOnly? ValidTo, string? SuccessorCode, string? SuccessorName)
{
    public static ApiFormerMunicipality From(FormerMunicipalityItem municipality) => new(
        municipality.Code, municipality.Name, municipality.ValidTo, municipality.SuccessorCode, municipality.SuccessorName);
}
