# Run by scripts/demo.sh inside `odoo-bin shell`: Vietnamese UI for the demo.
env["res.lang"]._activate_lang("vi_VN")
env["res.lang"]._activate_lang("en_US")
env.ref("base.user_admin").write({"lang": "vi_VN", "tz": "Asia/Ho_Chi_Minh"})
env.ref("base.partner_admin").write({"lang": "vi_VN"})
company = env.ref("base.main_company")
company.write({"name": "Tổng công ty Demo", "currency_id": env.ref("base.VND").id})
# Printouts read the place and time zone from the company's address.
company.partner_id.write({"city": "Hà Nội", "tz": "Asia/Ho_Chi_Minh"})
env["ir.default"].set("res.partner", "lang", "vi_VN")
env["ir.config_parameter"].set_param("party_work.demo_ready", "1")
env.cr.commit()
print("demo database ready")
