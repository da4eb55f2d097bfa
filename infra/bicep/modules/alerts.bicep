import { tagSet } from 'types.bicep'

// Alert rules on what JobForge emits through OpenTelemetry (customMetrics and requests in Application Insights):
// failed and poisoned runs, rollback failures, outbox lag, trigger fire failures and the HTTP 5xx rate. Each rule
// notifies the action group given as a parameter (none: the alerts still fire and show in the portal).

@description('Prefix of the alert rule names.')
param namePrefix string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags tagSet

@description('Resource id of the Application Insights component the rules query.')
param appInsightsId string

@description('Resource id of an existing action group to notify; empty for none.')
param actionGroupId string

@description('Outbox lag (seconds) above which the outbox alert fires.')
@minValue(1)
param outboxLagThresholdSeconds int

@description('Share of requests (percent) answered 5xx above which the 5xx alert fires.')
@minValue(1)
@maxValue(100)
param serverErrorPercentThreshold int

@description('One alert: what it watches, how bad it is, and when it fires.')
type alertRule = {
  @description('Rule name suffix.')
  name: string

  @description('What the rule means and what to do.')
  description: string

  @description('0 (critical) to 4 (verbose).')
  severity: int

  @description('Kusto query over Application Insights; must project a number column named Value.')
  query: string

  @description('The rule fires when Value exceeds this.')
  threshold: int
}

// Names follow JobForge's meter and activity source (JobForge): jobforge.runs.finished with the terminal status in
// jobforge.outcome, the jobforge.outbox.lag histogram in seconds, the jobforge.trigger_fire span and the FireFailed log.
var failedRunsQuery = 'customMetrics | where name == "jobforge.runs.finished" | where tostring(customDimensions["jobforge.outcome"]) in ("failed", "poisoned") | summarize Value = sum(valueSum)'
var rollbackFailuresQuery = 'customMetrics | where name == "jobforge.runs.finished" | where tostring(customDimensions["jobforge.outcome"]) == "rollback_failed" | summarize Value = sum(valueSum)'
var outboxLagQuery = 'customMetrics | where name == "jobforge.outbox.lag" | summarize Value = max(valueMax)'
var triggerFailuresQuery = 'union (dependencies | where name == "jobforge.trigger_fire" and success == false), (exceptions | where tostring(customDimensions.EventName) == "FireFailed") | summarize Value = count()'
var serverErrorsQuery = 'requests | summarize Total = count(), Failed = countif(toint(resultCode) >= 500) | where Total > 0 | project Value = 100.0 * Failed / Total'

var rules alertRule[] = [
  {
    name: 'failed-runs'
    description: 'Runs ended failed or poisoned (jobforge.runs.finished, outcome failed or poisoned). Open the run in the API for its failed step.'
    severity: 2
    query: failedRunsQuery
    threshold: 0
  }
  {
    name: 'rollback-failures'
    description: 'A compensation failed while rolling a run back (jobforge.runs.finished, outcome rollback_failed): effects may be left behind; act by hand.'
    severity: 1
    query: rollbackFailuresQuery
    threshold: 0
  }
  {
    name: 'outbox-lag'
    description: 'Accepted events wait in the outbox longer than the threshold (jobforge.outbox.lag): is Service Bus reachable and the publisher running?'
    severity: 2
    query: outboxLagQuery
    threshold: outboxLagThresholdSeconds
  }
  {
    name: 'trigger-fire-failures'
    description: 'Trigger fires failed (a failed jobforge.trigger_fire span or a FireFailed log): see the trigger decision log and the exception.'
    severity: 2
    query: triggerFailuresQuery
    threshold: 0
  }
  {
    name: 'server-errors'
    description: 'Share of HTTP requests answered 5xx is above the threshold.'
    severity: 1
    query: serverErrorsQuery
    threshold: serverErrorPercentThreshold
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: '${namePrefix}-${rule.name}'
    location: location
    tags: tags
    properties: {
      displayName: '${namePrefix}-${rule.name}'
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        appInsightsId
      ]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT15M'
      autoMitigate: true
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Maximum'
            metricMeasureColumn: 'Value'
            operator: 'GreaterThan'
            threshold: rule.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: empty(actionGroupId)
          ? []
          : [
              actionGroupId
            ]
      }
    }
  }
]

@description('Names of the alert rules.')
output names string[] = [for (rule, i) in rules: alerts[i].name]
