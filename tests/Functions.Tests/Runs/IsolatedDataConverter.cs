namespace JobForge.Functions.Tests.Runs;

/// <summary>
/// The framework client's converter, serialising as the isolated worker does (System.Text.Json through the worker's
/// default <see cref="Microsoft.DurableTask.Converters.JsonDataConverter"/>), so the shims read the inputs the client
/// writes.
/// </summary>
public sealed class IsolatedDataConverter : DurableTask.Core.Serializing.DataConverter
{
    private static readonly Microsoft.DurableTask.Converters.JsonDataConverter s_inner = Microsoft.DurableTask.Converters.JsonDataConverter.Default;

    /// <inheritdoc />
    public override string Serialize(object value) => s_inner.Serialize(value)!;

    /// <inheritdoc />
    public override string Serialize(object value, bool formatted) => s_inner.Serialize(value)!;

    /// <inheritdoc />
    public override object Deserialize(string data, Type objectType) => s_inner.Deserialize(data, objectType)!;
}
