using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SlideGen.Planning;

/// <summary>
/// A function deck plans call, registered by hand rather than imported by reflection: reflection-based import
/// is not available in the native (ahead-of-time compiled) build, and this keeps names and parameters explicit.
/// Scriban checks the argument count and converts each argument to its parameter's type before calling.
/// </summary>
internal sealed class ScriptFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] _parameters;
    private readonly Func<TemplateContext, ScriptArray, object?> _body;

    private ScriptFunction(Type returnType, ScriptParameterInfo[] parameters, Func<TemplateContext, ScriptArray, object?> body)
    {
        ReturnType = returnType;
        _parameters = parameters;
        _body = body;
    }

    /// <summary>A function that adds to the plan and gives nothing back, such as <c>slide</c>.</summary>
    public static ScriptFunction Statement(ScriptParameterInfo[] parameters, Action<TemplateContext, ScriptArray> body) =>
        new(typeof(void), parameters, (context, arguments) => { body(context, arguments); return null; });

    public static ScriptFunction Returning<T>(ScriptParameterInfo[] parameters, Func<TemplateContext, ScriptArray, T> body) =>
        new(typeof(T), parameters, (context, arguments) => body(context, arguments));

    public int RequiredParameterCount => _parameters.Count(p => !p.HasDefaultValue);
    public int ParameterCount => _parameters.Length;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType { get; }

    public ScriptParameterInfo GetParameterInfo(int index)
    {
        // Scriban asks for one past the last parameter when a call passes too many arguments; this is its own wording.
        if (index < 0) throw new ArgumentOutOfRangeException(nameof(index), "Argument index must be >= 0");
        if (index >= _parameters.Length) throw new ArgumentOutOfRangeException(nameof(index), $"Argument index must be < {_parameters.Length}");
        return _parameters[index];
    }

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _body(context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
