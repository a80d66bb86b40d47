using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Dapper;
using RagQa.Core.Answering;
using RagQa.Core.Data;
using RagQa.Core.Documents;
using RagQa.Core.Escalation;

namespace RagQa.Core;

/// <summary>
/// How Dapper maps RagQa's rows, set once when RagQa.Core loads, so a store built by hand (as the tests do) maps like one
/// from the container. Columns match members by name, snake_case to PascalCase (<c>chunks_total</c> → ChunksTotal). A
/// positional record is filled through its constructor: its statement selects the columns in the constructor's order,
/// and Dapper checks every name, so a renamed or misplaced column fails the first read instead of filling the wrong field.
/// The handlers cover what Npgsql and Dapper do not agree on by themselves.
/// </summary>
internal static class DapperMapping
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Dapper's mapping is process-wide and must be in place before any store runs, however the store was built.")]
    internal static void Register()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Without this Dapper ignores a type handler for an enum and sends the enum's number.
        SqlMapper.Settings.PreferTypeHandlersForEnums = true;
        SqlMapper.AddTypeHandler(new UtcDateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(new JsonDictionaryHandler());
        SqlMapper.AddTypeHandler(new TextListHandler());
        AddEnumText<DocumentStatus>();
        AddEnumText<QueryStatus>();
        AddEnumText<EscalationStatus>();
    }

    /// <summary>Statuses are stored as their lower-case text, alone or as the list of statuses a transition is allowed from.</summary>
    private static void AddEnumText<T>() where T : struct, Enum
    {
        SqlMapper.AddTypeHandler(new EnumTextHandler<T>());
        SqlMapper.AddTypeHandler(new EnumTextListHandler<T>());
    }
}
