// Types shared by main.bicep and the modules.

@export()
@description('Resource tags: name to value.')
type tagSet = {
  *: string
}

@export()
@description('App settings: name to value (Key Vault references for secrets, never a secret value).')
type settingSet = {
  *: string
}

@export()
@description('A Key Vault secret JobForge reads through a Key Vault reference.')
type vaultSecret = {
  @description('Secret name in the vault.')
  name: string

  @description('App setting that holds the Key Vault reference to it.')
  setting: string
}
